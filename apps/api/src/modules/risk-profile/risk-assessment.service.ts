import { assessmentExpiry, DEFAULT_QUESTIONNAIRE, questionnaireProblems, scoreAnswers, type Questionnaire } from '@tierwise/domain';
import { recordAudit } from '../../common/audit';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { AuditAction } from '../../common/enums';
import { badInput, notFound, staleVersion } from '../../common/errors';
import { newId } from '../../common/persistence/columns';
import { In } from 'typeorm';
import { Customer, customerIdsByRef, unknownCustomerItem } from '../customers';
import { AssessmentSource, RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
import type { AnswerInput, QuestionnaireInput, RiskAssessmentImportInput } from './risk-assessment.inputs';
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
        source: AssessmentSource.QUESTIONNAIRE,
        questionnaireVersion: q.version,
        answers: Object.fromEntries(answers.map((a) => [a.questionCode, a.optionCode])),
        score: result.score,
        level: result.level,
        assessedAt,
        expiresAt,
        recordedBy: actorEmail(tx),
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

  /**
   * Import up to 1,000 assessments made in the institution's own system, each with its source and evidence, all or none.
   * Each is kept as history; one newer than the customer's current assessment becomes their risk level. Every customer
   * whose level changes gets an audit event.
   */
  importMany: (ctx: RequestContext, items: RiskAssessmentImportInput[], now = new Date()) =>
    inTransaction(
      ctx,
      async (tx) => {
        const ids = await customerIdsByRef(
          tx.manager,
          items.map((i) => i.customerRef),
        );
        const { definition } = await current(tx);
        const first = new Map<string, number>();
        items.forEach((i, index) => first.has(i.externalRef) || first.set(i.externalRef, index));
        const problems = items.flatMap((i, index) => {
          const expiresAt = i.expiresAt ?? assessmentExpiry(i.assessedAt, definition.validityDays);
          return [
            ...(ids.has(i.customerRef) ? [] : [unknownCustomerItem(index, i.customerRef)]),
            ...(first.get(i.externalRef) !== index
              ? [
                  {
                    field: `items.${index}.externalRef`,
                    code: RiskProfileErrors.DUPLICATE_ASSESSMENT,
                    message: `Item ${index + 1}: ${i.externalRef} appears twice`,
                  },
                ]
              : []),
            ...(i.assessedAt > now
              ? [{ field: `items.${index}.assessedAt`, code: RiskProfileErrors.ASSESSED_IN_FUTURE, message: `Item ${index + 1}: assessedAt is in the future` }]
              : []),
            ...(expiresAt <= i.assessedAt
              ? [
                  {
                    field: `items.${index}.expiresAt`,
                    code: RiskProfileErrors.EXPIRES_BEFORE_ASSESSED,
                    message: `Item ${index + 1}: expiresAt must be after assessedAt`,
                  },
                ]
              : []),
          ];
        });
        if (problems.length) throw badInput(problems.slice(0, 50));
        const existing = new Map((await tx.manager.findBy(RiskAssessment, { externalRef: In([...first.keys()]) })).map((a) => [a.externalRef!, a]));
        const customers = new Map((await tx.manager.findBy(Customer, { id: In([...new Set(ids.values())]) })).map((c) => [c.id, c]));
        let created = 0;
        let updated = 0;
        for (const i of items) {
          const customerId = ids.get(i.customerRef)!;
          const previous = existing.get(i.externalRef);
          const row = tx.manager.create(RiskAssessment, {
            id: previous?.id ?? newId(),
            customerId,
            source: AssessmentSource.IMPORTED,
            questionnaireVersion: null,
            answers: null,
            score: null,
            level: i.level,
            assessedAt: i.assessedAt,
            expiresAt: i.expiresAt ?? assessmentExpiry(i.assessedAt, definition.validityDays),
            externalRef: i.externalRef,
            sourceSystem: i.sourceSystem,
            evidenceRef: i.evidenceRef,
            recordedBy: actorEmail(tx),
          });
          if (previous) {
            await tx.manager.update(RiskAssessment, { id: previous.id }, row);
            updated++;
          } else {
            await tx.manager.insert(RiskAssessment, row);
            created++;
          }
          const customer = customers.get(customerId)!;
          if (!customer.riskAssessedAt || row.assessedAt >= customer.riskAssessedAt) {
            const before = {
              riskLevel: customer.riskLevel,
              riskAssessedAt: customer.riskAssessedAt,
              riskAssessmentExpiresAt: customer.riskAssessmentExpiresAt,
            };
            const after = { riskLevel: row.level, riskAssessedAt: row.assessedAt, riskAssessmentExpiresAt: row.expiresAt };
            await tx.manager.update(Customer, { id: customerId }, { ...after, updatedAt: now, version: () => 'version + 1' });
            await recordAudit(tx, AuditAction.UPDATE, 'Customer', customerId, before, { ...after, assessment: `${i.sourceSystem} ${i.externalRef}` });
            Object.assign(customer, after);
          }
        }
        return { created, updated };
      },
      { retryDuplicateKeys: true },
    ),
};
