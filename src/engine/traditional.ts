/**
 * Traditional → Simplified Chinese, character for character, for the vocabulary of contracts
 * (續約 → 续约, 資料 → 资料, 費用 → 费用, 準據法 → 准据法). Every entry is one UTF-16 unit on both sides (normalize.ts maps them in its lookup table),
 * so normalised text keeps the original's offsets and every rule reads both scripts with one pattern.
 * Deliberately partial: only characters whose simplified form is unambiguous in legal text (著 stays:
 * 著作权 is simplified too).
 */
export const TRADITIONAL =
  "續約動滿屆時適爭議轄響應術緊個費條協訂權務資數據與為於發開關係對將並無書規範準確認證雙當後內週價額單項違責賠償損礙終變雜讓轉讀寫錄記帳戶號碼網絡頁線區國際華灣臺門龍廣東陽蘇瀋鎮縣鄉達運營維護級層統優質標較遲頻實驗貨創採購銷員職許樣廠產備傳輸儲災難復報設計劃組織處辦識財稅匯幣億萬點兩參貳陸圓銀預結餘現繳罰賬簽蓋覽閱決訟屬歸負擔險總顧問題嚴鐘間歲團隊專業進階測試遷導舊還檔毀刪隱訊訪誌審機洩擁態別績載詢練訓課場講習補隨佈頭諾帶給這裡麼們說從經過種請須該視異誤滯納啟擴調漲鎖艦選塊郵圍僅繼遞訴會遺紀雲買賣圖聯製註冊寶電腦話獲況勵濟環監鑑廳簡體稱廢盡義樂觀邊遠臨歷換貴軟細詳見紹礎則絕連閉庫節獨張";
export const SIMPLIFIED =
  "续约动满届时适争议辖响应术紧个费条协订权务资数据与为于发开关系对将并无书规范准确认证双当后内周价额单项违责赔偿损碍终变杂让转读写录记账户号码网络页线区国际华湾台门龙广东阳苏沈镇县乡达运营维护级层统优质标较迟频实验货创采购销员职许样厂产备传输储灾难复报设计划组织处办识财税汇币亿万点两参贰陆圆银预结余现缴罚账签盖览阅决讼属归负担险总顾问题严钟间岁团队专业进阶测试迁导旧还档毁删隐讯访志审机泄拥态别绩载询练训课场讲习补随布头诺带给这里么们说从经过种请须该视异误滞纳启扩调涨锁舰选块邮围仅继递诉会遗纪云买卖图联制注册宝电脑话获况励济环监鉴厅简体称废尽义乐观边远临历换贵软细详见绍础则绝连闭库节独张";
