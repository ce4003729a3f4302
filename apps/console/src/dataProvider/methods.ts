import {
  CloseCustomerRelationshipDocument,
  JudgeCustomerNeedDocument,
  KpiByTierDocument,
  KpiRecordsDocument,
  KpisDocument,
  NeedRuleAccuracyDocument,
  ReopenCustomerRelationshipDocument,
  type Kpi,
  AcceptProposalDocument,
  ApproveCreditLimitChangeDocument,
  CreateCustomerGoalDocument,
  CustomerCreditLinesDocument,
  CustomerPlansDocument,
  DeclineProposalDocument,
  DraftLoanProposalDocument,
  DraftProposalDocument,
  OpenCreditLineDocument,
  PlanLineCheckDocument,
  PlanProductsDocument,
  PresentProposalDocument,
  ProposalSummaryDocument,
  ProposeCreditLimitDocument,
  RejectCreditLimitChangeDocument,
  ReviseProposalDocument,
  SetProposalLinesDocument,
  type CreateCustomerGoalMutationVariables,
  type LoanPartInput,
  type ProposalLineInput,
  AllAuditEventsDocument,
  GetCampaignDocument,
  ScheduleCampaignDocument,
  PauseCampaignDocument,
  ResumeCampaignDocument,
  CancelCampaignDocument,
  ContactPolicyDocument,
  SetContactPolicyDocument,
  JobSummariesDocument,
  AskDocument,
  AssistantKpisDocument,
  type Language,
  PushAccuracyDocument,
  type ContactPolicyInput,
  type AccuracyDimension,
  PointsAccountDocument,
  BranchQueueDocument,
  CallNextTicketDocument,
  IssueBranchTicketDocument,
  ExclusiveServiceShortfallsDocument,
  CustomerContactsDocument,
  LogContactDocument,
  AssignServiceRequestDocument,
  CustomerBenefitsDocument,
  GetServiceRequestDocument,
  RedeemBenefitDocument,
  ReplyToServiceRequestDocument,
  SetServiceRequestStatusDocument,
  ApproveChangeRequestDocument,
  CancelChangeRequestDocument,
  FourEyesSettingsDocument,
  RejectChangeRequestDocument,
  SetFourEyesDocument,
  SubmitChangeRequestDocument,
  AllTiersDocument,
  CatalogueStatsDocument,
  CloseCustomerNeedDocument,
  createTierwiseClient,
  CustomerInvestorProfileDocument,
  CustomerNeedsDocument,
  DeclareFinancialsDocument,
  LatestRetierJobDocument,
  MeDocument,
  ProfileCoverageDocument,
  RecommendationAcceptanceDocument,
  RecommendationsDocument,
  RecordInterviewNeedDocument,
  RecordProfessionalEvidenceDocument,
  RecordRiskAssessmentDocument,
  RevealCustomerDocument,
  RiskQuestionnaireDocument,
  ScenarioRecommendationsDocument,
  SetConsentDocument,
  SetExchangeRateDocument,
  SetProductsStatusDocument,
  AcknowledgeElderlyOrderDocument,
  CancelOrderDocument,
  ConfirmRiskWarningDocument,
  CustomerOrdersDocument,
  PayOrderDocument,
  PlaceOrderDocument,
  PublishRiskWarningDocument,
  RiskWarningDocument,
  SignOrderDocument,
  SetReferralStatusDocument,
  StartRetierDocument,
  TierChangePreviewDocument,
  TierwiseError,
  type ConsentKind,
  type BranchWindow,
  type ContactKind,
  type ServiceRequestStatus,
  type ChangeResource,
  type FinancialDeclarationInput,
  type ProfessionalEvidenceInput,
  type OrderChannel,
  type NeedType,
  type ProductStatus,
  type ReferralStatus,
  type ProposedTierRangeInput,
} from '@tierwise/client';
import { GRAPHQL_URL } from '../authProvider';
import { session } from '../session';
import { toReactAdminError } from './errors';

type Request = ReturnType<typeof createTierwiseClient>['request'];

/** One typed request with the session's token; a refusal becomes react-admin's HttpError (status and code from the server). */
const request: Request = async (...args) => {
  try {
    return await createTierwiseClient({ url: GRAPHQL_URL, token: session.token() }).request(...args);
  } catch (error) {
    throw toReactAdminError(error instanceof TierwiseError ? { graphQLErrors: error.errors } : error);
  }
};

/**
 * Everything the console does beyond CRUD, as typed methods of the data provider: components call them through
 * `useTierwise()` (react-admin's useDataProvider), never a GraphQL client of their own.
 */
export const tierwiseMethods = {
  campaign: async (id: string) => (await request(GetCampaignDocument, { id })).Campaign,
  scheduleCampaign: async (id: string, version: number, changeNote?: string) =>
    (await request(ScheduleCampaignDocument, { id, version, changeNote })).scheduleCampaign,
  pauseCampaign: async (id: string) => (await request(PauseCampaignDocument, { id })).pauseCampaign,
  resumeCampaign: async (id: string) => (await request(ResumeCampaignDocument, { id })).resumeCampaign,
  cancelCampaign: async (id: string) => (await request(CancelCampaignDocument, { id })).cancelCampaign,
  contactPolicy: async () => (await request(ContactPolicyDocument)).contactPolicy,
  setContactPolicy: async (policy: ContactPolicyInput, version: number) => (await request(SetContactPolicyDocument, { policy, version })).setContactPolicy,
  pushAccuracy: async (by: AccuracyDimension, since: string) => (await request(PushAccuracyDocument, { by, since })).pushAccuracy,
  jobs: async () => request(JobSummariesDocument),
  ask: async (text: string, language: Language) => (await request(AskDocument, { text, language })).ask,
  assistantKpis: async () => (await request(AssistantKpisDocument, {})).assistantKpis,

  setProductsStatus: (ids: string[], status: ProductStatus) => request(SetProductsStatusDocument, { ids, status }),

  dashboard: async () => {
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const [stats, tiers, recent, coverage, acceptance, byChannel, byTier] = await Promise.all([
      request(CatalogueStatsDocument),
      request(AllTiersDocument, { sortField: 'minAum', sortOrder: 'ASC', perPage: 100 }),
      request(AllAuditEventsDocument, { perPage: 8, sortField: 'occurredAt', sortOrder: 'DESC' }),
      request(ProfileCoverageDocument),
      request(RecommendationAcceptanceDocument, {}),
      request(PushAccuracyDocument, { by: 'channel', since }),
      request(PushAccuracyDocument, { by: 'tier', since }),
    ]);
    return {
      stats: stats.catalogueStats,
      tiers: tiers.allTiers,
      recent: recent.allAuditEvents,
      coverage: coverage.profileCoverage,
      acceptance: acceptance.recommendationAcceptance,
      pushAccuracy: { byChannel: byChannel.pushAccuracy, byTier: byTier.pushAccuracy },
    };
  },

  /** The plan's KPIs over months `from`…`to` (YYYY-MM) for a tier or all, and what lies behind one of them. */
  kpis: async (from: string, to: string, tierId: string | null) => (await request(KpisDocument, { from, to, tierId })).kpis,
  kpiByTier: async (kpi: Kpi, month: string) => (await request(KpiByTierDocument, { kpi, month })).kpiByTier,
  needRuleAccuracy: async (month: string) => (await request(NeedRuleAccuracyDocument, { month })).needRuleAccuracy,
  kpiRecords: async (kpi: Kpi, month: string, tierId: string | null, page: number, perPage: number) =>
    (await request(KpiRecordsDocument, { kpi, month, tierId, page, perPage })).kpiRecords,
  judgeCustomerNeed: async (id: string, confirmed: boolean) => (await request(JudgeCustomerNeedDocument, { id, confirmed })).judgeCustomerNeed,
  closeCustomerRelationship: async (id: string, version: number, reason: string) =>
    (await request(CloseCustomerRelationshipDocument, { id, version, reason })).closeCustomerRelationship,
  reopenCustomerRelationship: async (id: string, version: number) =>
    (await request(ReopenCustomerRelationshipDocument, { id, version })).reopenCustomerRelationship,

  tierChangePreview: async (ranges: ProposedTierRangeInput[]) => (await request(TierChangePreviewDocument, { ranges })).tierChangePreview,
  latestRetierJob: async () => (await request(LatestRetierJobDocument)).latestRetierJob,
  startRetier: async () => (await request(StartRetierDocument)).startRetier,

  revealCustomer: async (id: string) => (await request(RevealCustomerDocument, { id })).revealCustomer,
  setConsent: async (customerId: string, kind: ConsentKind, granted: boolean, partnerId: string | null) =>
    (await request(SetConsentDocument, { customerId, kind, granted, partnerId })).setConsent,
  riskQuestionnaire: async () => (await request(RiskQuestionnaireDocument)).riskQuestionnaire,
  recordRiskAssessment: async (customerId: string, version: number, answers: { questionCode: string; optionCode: string }[], forPrivateFunds: boolean) =>
    (await request(RecordRiskAssessmentDocument, { customerId, version, answers, forPrivateFunds })).recordRiskAssessment,

  investorProfile: async (id: string) => (await request(CustomerInvestorProfileDocument, { id })).Customer,
  declareFinancials: async (customerId: string, declaration: FinancialDeclarationInput) =>
    (await request(DeclareFinancialsDocument, { customerId, declaration })).declareFinancials,
  recordProfessionalEvidence: async (customerId: string, evidence: ProfessionalEvidenceInput) =>
    (await request(RecordProfessionalEvidenceDocument, { customerId, evidence })).recordProfessionalEvidence,

  customerNeeds: async (id: string) => (await request(CustomerNeedsDocument, { id })).Customer.needs,
  recordInterviewNeed: async (customerId: string, need: NeedType, weight: number, notes: string) =>
    (await request(RecordInterviewNeedDocument, { customerId, need, weight, notes })).recordInterviewNeed,
  closeCustomerNeed: async (id: string) => (await request(CloseCustomerNeedDocument, { id })).closeCustomerNeed,
  recommendations: async (customerId: string, limit: number) => (await request(RecommendationsDocument, { customerId, limit })).recommendations,
  scenarioRecommendations: async (customerId: string) => (await request(ScenarioRecommendationsDocument, { customerId })).scenarioRecommendations,

  customerPlans: async (id: string) => (await request(CustomerPlansDocument, { id })).Customer,
  createGoal: async (goal: CreateCustomerGoalMutationVariables) => (await request(CreateCustomerGoalDocument, goal)).createCustomerGoal,
  draftProposal: async (goalId: string, investable: string, inflation: string) =>
    (await request(DraftProposalDocument, { goalId, investable, inflation })).draftProposal,
  draftLoanProposal: async (goalId: string, parts: LoanPartInput[]) => (await request(DraftLoanProposalDocument, { goalId, parts })).draftLoanProposal,
  planProducts: async (goalId: string) => (await request(PlanProductsDocument, { goalId })).planProducts,
  planLineCheck: async (goalId: string, productId: string, amount: string) =>
    (await request(PlanLineCheckDocument, { goalId, productId, amount })).planLineCheck,
  setProposalLines: async (id: string, version: number, lines: ProposalLineInput[]) =>
    (await request(SetProposalLinesDocument, { id, version, lines })).setProposalLines,
  presentProposal: async (id: string, version: number) => (await request(PresentProposalDocument, { id, version })).presentProposal,
  acceptProposal: async (id: string, version: number, elderlyAcknowledged: boolean) =>
    (await request(AcceptProposalDocument, { id, version, elderlyAcknowledged })).acceptProposal,
  declineProposal: async (id: string, version: number, reason: string) => (await request(DeclineProposalDocument, { id, version, reason })).declineProposal,
  reviseProposal: async (id: string) => (await request(ReviseProposalDocument, { id })).reviseProposal,
  proposalSummary: async (id: string, language?: Language) => (await request(ProposalSummaryDocument, { id, language })).Proposal.summaryHtml,
  customerCreditLines: async (id: string) => (await request(CustomerCreditLinesDocument, { id })).Customer.creditLines,
  openCreditLine: async (customerId: string, productId: string, creditLimit: string) =>
    (await request(OpenCreditLineDocument, { customerId, productId, creditLimit })).openCreditLine,
  proposeCreditLimit: async (creditLineId: string, toLimit: string, note: string) =>
    (await request(ProposeCreditLimitDocument, { creditLineId, toLimit, note })).proposeCreditLimit,
  approveCreditLimitChange: async (id: string, version: number, note?: string) =>
    (await request(ApproveCreditLimitChangeDocument, { id, version, note })).approveCreditLimitChange,
  rejectCreditLimitChange: async (id: string, version: number, note?: string) =>
    (await request(RejectCreditLimitChangeDocument, { id, version, note })).rejectCreditLimitChange,

  customerOrders: async (id: string) => (await request(CustomerOrdersDocument, { id })).Customer,
  placeOrder: async (customerId: string, productId: string, amount: string, elderlyAcknowledged: boolean) =>
    (await request(PlaceOrderDocument, { customerId, productId, amount, channel: 'BRANCH', elderlyAcknowledged })).placeOrder,
  publishRiskWarning: async (productId: string, textZh: string, textEn: string) =>
    (await request(PublishRiskWarningDocument, { productId, textZh, textEn })).publishRiskWarning,
  riskWarning: async (productId: string) => (await request(RiskWarningDocument, { productId })).riskWarning,
  confirmRiskWarning: async (id: string, version: number, warningVersion: number, via: OrderChannel) =>
    (await request(ConfirmRiskWarningDocument, { id, version, warningVersion, via })).confirmRiskWarning,
  acknowledgeElderlyOrder: async (id: string, version: number) => (await request(AcknowledgeElderlyOrderDocument, { id, version })).acknowledgeElderlyOrder,
  signOrder: async (id: string, version: number) => (await request(SignOrderDocument, { id, version })).signOrder,
  payOrder: async (id: string, version: number) => (await request(PayOrderDocument, { id, version })).payOrder,
  cancelOrder: async (id: string, version: number, reason: string) => (await request(CancelOrderDocument, { id, version, reason })).cancelOrder,

  setExchangeRate: async (currency: string, day: string, cnyPerUnit: string) =>
    (await request(SetExchangeRateDocument, { currency, day, cnyPerUnit })).setExchangeRate,

  serviceRequest: async (id: string) => (await request(GetServiceRequestDocument, { id })).ServiceRequest,
  replyToServiceRequest: async (id: string, body: string, internal: boolean) =>
    (await request(ReplyToServiceRequestDocument, { id, body, internal })).replyToServiceRequest,
  setServiceRequestStatus: async (id: string, version: number, status: ServiceRequestStatus) =>
    (await request(SetServiceRequestStatusDocument, { id, version, status })).setServiceRequestStatus,
  assignServiceRequest: async (id: string, version: number, assigneeId: string | null) =>
    (await request(AssignServiceRequestDocument, { id, version, assigneeId })).assignServiceRequest,
  customerBenefits: async (customerId: string) => (await request(CustomerBenefitsDocument, { id: customerId })).customerBenefits,
  redeemBenefit: async (customerId: string, benefitId: string, idempotencyKey: string, notes: string | null) =>
    (await request(RedeemBenefitDocument, { customerId, benefitId, idempotencyKey, notes })).redeemBenefit,

  logContact: async (customerId: string, kind: ContactKind, notes: string, interview: boolean, satisfaction: number | null = null) =>
    (await request(LogContactDocument, { customerId, kind, notes, interview, satisfaction })).logContact,
  customerContacts: async (id: string) => (await request(CustomerContactsDocument, { id })).Customer,

  exclusiveShortfalls: async () => (await request(ExclusiveServiceShortfallsDocument)).exclusiveServiceShortfalls,
  branchQueue: async (branchCode: string) => (await request(BranchQueueDocument, { branchCode })).branchQueue,
  issueBranchTicket: async (branchCode: string, customerId: string | null) =>
    (await request(IssueBranchTicketDocument, { branchCode, customerId })).issueBranchTicket,
  callNextTicket: async (branchCode: string, window: BranchWindow) => (await request(CallNextTicketDocument, { branchCode, window })).callNextTicket,
  pointsAccount: async (customerId: string) => (await request(PointsAccountDocument, { customerId })).pointsAccount,
  currentUser: async () => (await request(MeDocument)).me,
  fourEyesSettings: async () => (await request(FourEyesSettingsDocument)).fourEyesSettings,
  setFourEyes: async (resource: ChangeResource, enabled: boolean) => (await request(SetFourEyesDocument, { resource, enabled })).setFourEyes,
  approveChange: async (id: string, version: number) => (await request(ApproveChangeRequestDocument, { id, version })).approveChangeRequest,
  rejectChange: async (id: string, version: number, reason: string) =>
    (await request(RejectChangeRequestDocument, { id, version, reason })).rejectChangeRequest,
  cancelChange: async (id: string, version: number) => (await request(CancelChangeRequestDocument, { id, version })).cancelChangeRequest,
  submitChange: async (id: string, version: number) => (await request(SubmitChangeRequestDocument, { id, version })).submitChangeRequest,

  setReferralStatus: async (id: string, version: number, status: ReferralStatus) =>
    (await request(SetReferralStatusDocument, { id, version, status })).setReferralStatus,
};

export type TierwiseMethods = typeof tierwiseMethods;
