import {
  declaredFinancials,
  isProfessionalInvestor,
  negativeAmountViolations,
  professionalInvestorProblems,
  suitability,
  type SuitabilityDecision,
} from '@tierwise/domain';
import { recordAudit } from '../../common/audit';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { AuditAction } from '../../common/enums';
import { assertNoViolations, badInput, notFound } from '../../common/errors';
import { newId } from '../../common/persistence/columns';
import { Customer } from '../customers';
import { Product, suitabilityProduct } from '../products';
import { FinancialDeclaration, ProfessionalInvestorEvidence } from './investor-evidence.entity';
import { investorFacts, suitabilityPolicy } from './investor-facts';
import type { FinancialDeclarationInput, ProfessionalEvidenceInput } from './risk-assessment.inputs';
import { RiskProfileErrors } from './risk-profile.errors';
import { declarationsOfCustomer, professionalEvidenceOfCustomer } from './risk-profile.loaders';

async function customerOf(ctx: RequestContext, id: string): Promise<Customer> {
  const customer = await ctx.manager.findOneBy(Customer, { id });
  if (!customer) throw notFound('Customer', id);
  return customer;
}

const inFuture = (field: string, at: Date, now: Date) =>
  at > now ? [{ field, code: RiskProfileErrors.DATED_IN_FUTURE, message: `${field} cannot be later than now` }] : [];

/**
 * What the suitability rules know of an investor beyond the assessment: declarations of assets and income held
 * elsewhere, and the evidence of a professional-investor status. Both are only appended, audited, and lapse on their own.
 */
export const InvestorProfileService = {
  declare: (ctx: RequestContext, customerId: string, input: FinancialDeclarationInput, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      await customerOf(tx, customerId);
      assertNoViolations([...negativeAmountViolations({ amount: input.amount }), ...inFuture('asOf', input.asOf, now)]);
      const row = tx.manager.create(FinancialDeclaration, {
        id: newId(),
        customerId,
        kind: input.kind,
        amount: input.amount,
        description: input.description ?? null,
        asOf: input.asOf,
        evidenceRef: input.evidenceRef,
        recordedBy: actorEmail(tx),
        recordedAt: now,
      });
      await tx.manager.insert(FinancialDeclaration, row);
      await recordAudit(
        tx,
        AuditAction.UPDATE,
        'Customer',
        customerId,
        { [`declaration:${input.kind}`]: null },
        {
          [`declaration:${input.kind}`]: `${input.amount} CNY as of ${input.asOf.toISOString().slice(0, 10)} (${input.evidenceRef})`,
        },
      );
      return row;
    }),

  recordProfessionalEvidence: (ctx: RequestContext, customerId: string, input: ProfessionalEvidenceInput, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      await customerOf(tx, customerId);
      if (input.financialAssets == null && input.averageAnnualIncome == null) {
        throw badInput([
          { field: 'financialAssets', code: RiskProfileErrors.NO_BASIS, message: 'Give the financial assets or the average income the evidence shows' },
        ]);
      }
      assertNoViolations([
        ...negativeAmountViolations({ financialAssets: input.financialAssets, averageAnnualIncome: input.averageAnnualIncome }),
        ...inFuture('evidencedAt', input.evidencedAt, now),
      ]);
      const row = tx.manager.create(ProfessionalInvestorEvidence, {
        id: newId(),
        customerId,
        financialAssets: input.financialAssets ?? null,
        averageAnnualIncome: input.averageAnnualIncome ?? null,
        investingSince: input.investingSince ?? null,
        evidencedAt: input.evidencedAt,
        evidenceRef: input.evidenceRef,
        recordedBy: actorEmail(tx),
      });
      await tx.manager.insert(ProfessionalInvestorEvidence, row);
      const problems = professionalInvestorProblems(row, now, suitabilityPolicy());
      await recordAudit(
        tx,
        AuditAction.UPDATE,
        'Customer',
        customerId,
        { professionalEvidence: null },
        {
          professionalEvidence: `${input.evidenceRef}: ${problems.length ? `does not qualify (${problems.join(', ')})` : 'qualifies'}`,
        },
      );
      return row;
    }),

  declarations: (ctx: RequestContext, customerId: string) => ctx.loaders.get(declarationsOfCustomer).load(customerId),
  professionalEvidence: (ctx: RequestContext, customerId: string) => ctx.loaders.get(professionalEvidenceOfCustomer).load(customerId),

  /** A professional investor now: the latest evidence meets the thresholds and is within the review period. */
  isProfessional: async (ctx: RequestContext, customer: Customer, now = new Date()) =>
    isProfessionalInvestor(await investorFacts(ctx, customer), now, suitabilityPolicy()),

  /** Financial assets held elsewhere that count now: the sum of the declarations of the last year. */
  assetsElsewhere: async (ctx: RequestContext, customer: Customer, now = new Date()) =>
    declaredFinancials((await investorFacts(ctx, customer)).declarations, now).assetsElsewhere,

  /** Average annual income that counts now: the latest declaration of the last year. */
  annualIncome: async (ctx: RequestContext, customer: Customer, now = new Date()) =>
    declaredFinancials((await investorFacts(ctx, customer)).declarations, now).income,

  /** May this product be offered to this customer now? Every reason that applies, with a stable code. */
  async suitability(ctx: RequestContext, customerId: string, productId: string, now = new Date()): Promise<SuitabilityDecision> {
    const customer = await customerOf(ctx, customerId);
    const product = await ctx.manager.findOneBy(Product, { id: productId });
    if (!product) throw notFound('Product', productId);
    return suitability(await investorFacts(ctx, customer), await suitabilityProduct(ctx, product), now, suitabilityPolicy());
  },
};
