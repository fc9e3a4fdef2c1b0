/** The wording of every playbook topic that has one. */
import type { TopicWording } from "../topicWording";
import { governingLaw } from "./governingLaw";
import { supportResponse } from "./supportResponse";
import { termRenewal } from "./termRenewal";

export const topicWordings: TopicWording[] = [termRenewal, governingLaw, supportResponse];
