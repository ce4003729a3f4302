import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, Length, MaxLength } from 'class-validator';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { AskOutcome, KnowledgeStatus, KnowledgeTopic, Language } from '../../common/enums';
import { OptionalEnum, OptionalId } from '../../common/input-fields';
import { BaseFilter } from '../../common/list';

@InputType('KnowledgeEntryFilter')
export class KnowledgeEntryFilter extends BaseFilter {
  @OptionalEnum(KnowledgeTopic) topic?: KnowledgeTopic;
  @OptionalEnum(KnowledgeStatus) status?: KnowledgeStatus;
}

function withEntryFields<T extends ArgsClass>(Base: T, required: boolean) {
  @ArgsType()
  class EntryFields extends Base {
    @Field(() => KnowledgeTopic, { nullable: !required }) @IsOptional() @IsEnum(KnowledgeTopic) topic?: KnowledgeTopic;
    @OptionalEnum(KnowledgeStatus, { description: 'DRAFT unless given' }) status?: KnowledgeStatus;
    @Field(() => [String], { nullable: true, description: 'Other ways of asking it in Chinese; at most 20, each up to 200 characters' })
    @IsOptional()
    @ArrayMaxSize(20)
    @Length(1, 200, { each: true })
    variants?: string[];
    @Field(() => [String], { nullable: true, description: 'Other ways of asking it in English; at most 20, each up to 200 characters' })
    @IsOptional()
    @ArrayMaxSize(20)
    @Length(1, 200, { each: true })
    variantsEn?: string[];
    @Field(() => String, { nullable: !required }) @IsOptional() @Length(1, 2000) answer?: string;
    @Field(() => String, { nullable: !required }) @IsOptional() @Length(1, 2000) answerEn?: string;
  }
  return EntryFields;
}

@ArgsType()
export class CreateKnowledgeEntryArgs extends withEntryFields(CreateCatalogueArgs, true) {
  declare topic: KnowledgeTopic;
  declare answer: string;
  declare answerEn: string;
}

@ArgsType()
export class UpdateKnowledgeEntryArgs extends withEntryFields(UpdateCatalogueArgs, false) {}

@ArgsType()
export class AskArgs {
  @Field(() => ID, { nullable: true, description: 'The customer asking (the app names them; needed for own-data answers and hand-off)' })
  @IsOptional()
  @MaxLength(36)
  customerId?: string;

  @Field(() => String, { description: 'The question, up to 500 characters' }) @Length(1, 500) text!: string;

  @Field(() => Language, { description: 'The language to answer in' }) @IsEnum(Language) language!: Language;

  @Field(() => Boolean, { nullable: true, description: "Asked by voice: the app's speech recognition sent the text (counted for the KPIs)" })
  @IsOptional()
  @IsBoolean()
  voice?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'The customer asks for a person: hand off whatever the confidence' })
  @IsOptional()
  @IsBoolean()
  handOff?: boolean;
}

@InputType('AssistantQuestionFilter')
export class AssistantQuestionFilter extends BaseFilter {
  @OptionalEnum(AskOutcome) outcome?: AskOutcome;
  @OptionalId() customerId?: string;
  @OptionalId() entryId?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) askedFrom?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) askedTo?: Date;
}
