import { Field, GraphQLISODateTime, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { InvestorRiskLevel } from '../../common/enums';
import { DecimalScalar } from '../../common/scalars';
import { DeclarationKind } from './investor-evidence.entity';

@InputType('QuestionOptionInput')
export class QuestionOptionInput {
  @Field(() => String) @Length(1, 40) code!: string;
  @Field(() => String) @Length(1, 300) text!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) score!: number;
}

@InputType('QuestionInput')
export class QuestionInput {
  @Field(() => String) @Length(1, 40) code!: string;
  @Field(() => String) @Length(1, 500) text!: string;
  @Field(() => [QuestionOptionInput], { description: '2 to 10 options' })
  @ValidateNested({ each: true })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  options!: QuestionOptionInput[];
}

@InputType('ScoreBandInput')
export class ScoreBandInput {
  @Field(() => Int) @IsInt() minScore!: number;
  @Field(() => Int) @IsInt() maxScore!: number;
  @Field(() => InvestorRiskLevel) @IsEnum(InvestorRiskLevel) level!: InvestorRiskLevel;
}

@InputType('QuestionnaireInput')
export class QuestionnaireInput {
  @Field(() => Int, { description: 'Days an assessment stays valid (at most 3 years)' }) @IsInt() @Min(1) @Max(1098) validityDays!: number;
  @Field(() => [QuestionInput], { description: 'At most 50' }) @ValidateNested({ each: true }) @ArrayMinSize(1) @ArrayMaxSize(50) questions!: QuestionInput[];
  @Field(() => [ScoreBandInput], { description: 'At most 5' }) @ValidateNested({ each: true }) @ArrayMinSize(1) @ArrayMaxSize(5) bands!: ScoreBandInput[];
}

@InputType('AnswerInput')
export class AnswerInput {
  @Field(() => String) @Length(1, 40) questionCode!: string;
  @Field(() => String) @Length(1, 40) optionCode!: string;
}

/** One assessment from the institution's own system, keyed by its id there (a second load of the same id replaces it). */
@InputType('RiskAssessmentImportInput')
export class RiskAssessmentImportInput {
  @Field(() => String, { description: "The assessment's id in the institution's system" })
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9_.:-]+$/, { message: 'externalRef uses letters, digits and "_.:-"' })
  externalRef!: string;

  @Field(() => String, { description: "The customer's externalRef" }) @Length(1, 64) customerRef!: string;
  @Field(() => InvestorRiskLevel) @IsEnum(InvestorRiskLevel) level!: InvestorRiskLevel;
  @Field(() => GraphQLISODateTime) @IsDate() assessedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Until when it holds (the questionnaire's validity from assessedAt if absent)" })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => String, { description: 'The system it comes from' }) @Length(1, 64) sourceSystem!: string;
  @Field(() => String, { description: 'Where the evidence is kept (the signed questionnaire, a record number)' }) @Length(1, 200) evidenceRef!: string;
}

/** Assets or income the customer declares, with the evidence. */
@InputType('FinancialDeclarationInput')
export class FinancialDeclarationInput {
  @Field(() => DeclarationKind) @IsEnum(DeclarationKind) kind!: DeclarationKind;
  @Field(() => DecimalScalar, { description: 'CNY' }) amount!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) description?: string | null;
  @Field(() => GraphQLISODateTime, { description: 'The day the amount is true of' }) @IsDate() asOf!: Date;
  @Field(() => String) @Length(1, 200) evidenceRef!: string;
}

/** The evidence behind a professional-investor status. */
@InputType('ProfessionalEvidenceInput')
export class ProfessionalEvidenceInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'Financial assets shown (CNY)' }) financialAssets?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Average annual income over the last three years (CNY)' }) averageAnnualIncome?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Investing since' }) @IsOptional() @IsDate() investingSince?: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When the evidence was checked' }) @IsDate() evidencedAt!: Date;
  @Field(() => String) @Length(1, 200) evidenceRef!: string;
}
