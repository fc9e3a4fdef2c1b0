/** The wording (messages and standard clause) of every playbook topic, in the playbook's order. */
import { availabilitySla } from "./availabilitySla";
import { changeRequests } from "./changeRequests";
import { confidentiality } from "./confidentiality";
import { dataAccess } from "./dataAccess";
import { dataExport } from "./dataExport";
import { dataMigration } from "./dataMigration";
import { dataOwnership } from "./dataOwnership";
import { dataResidency } from "./dataResidency";
import { functionalScope } from "./functionalScope";
import { governingLaw } from "./governingLaw";
import { hiddenFees } from "./hiddenFees";
import { implementationAcceptance } from "./implementationAcceptance";
import { integration } from "./integration";
import { invoicing } from "./invoicing";
import { ipOwnership } from "./ipOwnership";
import { liabilityCap } from "./liabilityCap";
import { licensingModel } from "./licensingModel";
import { maintenance } from "./maintenance";
import { paymentTerms } from "./paymentTerms";
import { performance } from "./performance";
import { pricingChanges } from "./pricingChanges";
import { supportResponse } from "./supportResponse";
import { termRenewal } from "./termRenewal";
import { terminationExit } from "./terminationExit";
import { training } from "./training";
import { unilateralChanges } from "./unilateralChanges";
import { upgradePolicy } from "./upgradePolicy";
import type { TopicWording } from "../topicWording";

export const topicWordings: TopicWording[] = [
  termRenewal,
  paymentTerms,
  invoicing,
  pricingChanges,
  licensingModel,
  upgradePolicy,
  hiddenFees,
  functionalScope,
  implementationAcceptance,
  training,
  dataMigration,
  integration,
  changeRequests,
  supportResponse,
  availabilitySla,
  performance,
  maintenance,
  dataOwnership,
  dataExport,
  dataResidency,
  dataAccess,
  confidentiality,
  ipOwnership,
  terminationExit,
  governingLaw,
  unilateralChanges,
  liabilityCap,
];
