// modules/assistant: the smart customer service — the knowledge base, retrieval offline (jieba + BM25), own-data
// answers, hand-off to a person, and its KPIs. Other modules and the app import only this file.
import { AssistantQuestion, KnowledgeEntry } from './assistant.entity';
import { AssistantQuestionResolver, KnowledgeEntryPendingChangesResolver, KnowledgeEntryResolver } from './assistant.resolver';

export { AssistantQuestion, KnowledgeEntry };
export { AssistantService, assistantConfig } from './assistant.service';
export { KNOWLEDGE_BASE, seededIndexEntries } from './knowledge-base.seed';
export { KnowledgeIndex } from './knowledge-index';
export { evaluate, readLabelled } from './evaluation';
/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [KnowledgeEntry, AssistantQuestion];
/** The resolvers this module adds to the schema. */
export const resolvers = [KnowledgeEntryResolver, KnowledgeEntryPendingChangesResolver, AssistantQuestionResolver];
