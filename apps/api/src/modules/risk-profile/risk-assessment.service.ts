import { assessmentExpiry, DEFAULT_QUESTIONNAIRE, questionnaireProblems, scoreAnswers, type Questionnaire } from '@tierwise/domain';
import { recordAudit } from '../../common/audit';
import { inTransaction, type RequestContext } from '../../common/context';
import { AuditAction } from '../../common/enums';
import { badInput, notFound, staleVersion } from '../../common/errors';
import { newId } from '../../common/persistence/columns';
import { Customer } from '../customers';
import { RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
import type { AnswerInput, QuestionnaireInput } from './risk-assessment.inputs';
import { assessmentsOfCustomer } from './risk-profile.loaders';
import { RiskProfileErrors } from './risk-profile.errors';

async function current(ctx: RequestContext): Promise<{ version: number; definition: Questionnaire }> {
  const [latest] = await ctx.manager.find(RiskQuestionnaire, { order: { version: 'DESC' }, take: 1 });
  return latest ?? { version: 0, definition: DEFAULT_QUESTIONNAIRE };
}

/** The risk questionnaire (versioned; the defaults until one is saved) and the assessments it produces. */
export const RiskAssessmentService = {
  async questionnaire(ctx: RequestContext) {
    const q = await current(ctx);
    return { id: `v${q.version}`, createdBy: 'system', createdAt: new Date(0), ...q };
  },

  /** Save a new version; earlier assessments keep the version they were scored with. */
  save: (ctx: RequestContext, definition: QuestionnaireInput) =>
    inTransaction(ctx, async (tx) => {
      const problems = questionnaireProblems(definition);
      if (problems.length) throw badInput(problems.map((message) => ({ field: 'definition', code: RiskProfileErrors.QUESTIONNAIRE, message })));
      const { version } = await current(tx);
      const saved = tx.manager.create(RiskQuestionnaire, {
        id: newId(),
        version: version + 1,
        definition: { ...definition },
        createdBy: ctx.actor!.email,
        createdAt: new Date(),
      });
      await tx.manager.insert(RiskQuestionnaire, saved);
      await recordAudit(tx, AuditAction.CREATE, 'RiskQuestionnaire', saved.id, null, { version: saved.version });
      return saved;
    }),

  /**
   * Score a customer's answers and make the result their risk level, valid for the questionnaire's period (at most
   * three years when it backs a private-fund sale). Send the customer's version: a stale one is refused.
   */
  record: (ctx: RequestContext, customerId: string, customerVersion: number, answers: AnswerInput[], forPrivateFunds: boolean) =>
    inTransaction(ctx, async (tx) => {
      const customer = await tx.manager.findOneBy(Customer, { id: customerId });
      if (!customer) throw notFound('Customer', customerId);
      const q = await current(tx);
      const result = scoreAnswers(q.definition, answers);
      if (!result.level) throw badInput(result.problems.map((message) => ({ field: 'answers', code: RiskProfileErrors.ANSWERS, message })));
      const assessedAt = new Date();
      const expiresAt = assessmentExpiry(assessedAt, q.definition.validityDays, forPrivateFunds);
      const updated = await tx.manager.update(
        Customer,
        { id: customerId, version: customerVersion },
        {
          riskLevel: result.level,
          riskAssessedAt: assessedAt,
          riskAssessmentExpiresAt: expiresAt,
          updatedAt: assessedAt,
        },
      );
      if (!updated.affected) throw staleVersion('Customer', customerId, customer.version);
      const assessment = tx.manager.create(RiskAssessment, {
        id: newId(),
        customerId,
        questionnaireVersion: q.version,
        answers: Object.fromEntries(answers.map((a) => [a.questionCode, a.optionCode])),
        score: result.score,
        level: result.level,
        assessedAt,
        expiresAt,
        recordedBy: ctx.actor!.email,
      });
      await tx.manager.insert(RiskAssessment, assessment);
      await recordAudit(
        tx,
        AuditAction.UPDATE,
        'Customer',
        customerId,
        { riskLevel: customer.riskLevel, riskAssessmentExpiresAt: customer.riskAssessmentExpiresAt },
        { riskLevel: result.level, riskAssessmentExpiresAt: expiresAt },
      );
      return assessment;
    }),

  history: async (ctx: RequestContext, customerId: string) => ctx.loaders.get(assessmentsOfCustomer).load(customerId),
};
