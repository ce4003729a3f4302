import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, Length, Max, Min, ValidateNested } from 'class-validator';
import { InvestorRiskLevel } from '../../common/enums';

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
