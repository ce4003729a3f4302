// modules/approvals: four eyes (maker–checker) for the catalogue. Other modules and the app import only this file.
import './approvals.jobs';
import { ChangeRequest, ChangeTarget, FourEyesSetting } from './change-request.entity';
import { ChangeRequestResolver, pendingChangesResolver } from './change-request.resolver';
export { ChangeRequest, FourEyesSetting } from './change-request.entity';
export { ChangeArgs } from './change-request.inputs';
export { ChangeRequestService } from './change-request.service';
export { pendingChangesResolver, ChangeRequestResolver };
export { registerChange, guardedMutations, type ChangeTargetRef } from './change-registry';
export { catalogueChanges, versionOf } from './catalogue-changes';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [ChangeRequest, ChangeTarget, FourEyesSetting];
/** The resolvers this module adds to the schema. */
export const resolvers = [ChangeRequestResolver];
