// modules/service-desk: service requests with SLA clocks, business calendars. Other modules and the app import only this file.
import './service-desk.jobs';
import { BusinessCalendar, ServiceMessage, ServiceRequest, SlaEvent } from './service-desk.entity';
import { BranchTicket } from './branch-queue.entity';
import { BranchQueueResolver, BusinessCalendarResolver, ServiceRequestResolver } from './service-desk.resolver';
export { ServiceMessage, ServiceRequest, SlaEvent } from './service-desk.entity';
export { ServiceDeskService } from './service-desk.service';
export { BusinessCalendarResolver, ServiceRequestResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [BusinessCalendar, ServiceRequest, ServiceMessage, SlaEvent, BranchTicket];
/** The resolvers this module adds to the schema. */
export const resolvers = [ServiceRequestResolver, BusinessCalendarResolver, BranchQueueResolver];
