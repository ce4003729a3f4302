import { systemContext } from '../../common/context';
import { jobs, minuteJobs } from '../../common/queue';
import { attributeConversions, dueCampaigns, fireTriggers, releaseDue, sendCampaign } from './sending';

// Every effect is idempotent by the database: a message is unique by its key (campaign, customer and channel; a
// reminder by holding, offset and channel), and each decision on it is conditional on it still being open.
jobs.define({
  name: 'campaign-dispatch',
  description: 'Campaigns whose instant has come started, and their sends queued',
  everyMs: minuteJobs,
  async run(ctx) {
    const running = await dueCampaigns(ctx.dataSource);
    const system = systemContext(ctx.dataSource, 'outreach');
    // The send's job id names the start (its run number): a send already queued or running is not queued twice.
    for (const c of running) await jobs.enqueue(system, 'campaign-send', { campaignId: c.id }, { jobId: `campaign-send:${c.id}:${c.runs}` });
    return running.length;
  },
});

jobs.define<{ campaignId: string }>({
  name: 'campaign-send',
  description: 'Campaign messages decided and sent',
  attempts: 5,
  run: ({ dataSource, progress }, { campaignId }) => sendCampaign(dataSource, campaignId, progress),
});

jobs.define({
  name: 'outreach-triggers',
  description: 'Trigger campaigns fired (maturity reminders, new needs, recommendations)',
  everyMs: minuteJobs,
  run: ({ dataSource }) => fireTriggers(dataSource),
});

jobs.define({
  name: 'outreach-release',
  description: 'Messages held by quiet hours decided again and sent',
  everyMs: minuteJobs,
  run: ({ dataSource }) => releaseDue(dataSource),
});

jobs.define({
  name: 'outreach-conversions',
  description: 'Orders within 7 days of a message attributed to it',
  everyMs: minuteJobs,
  run: ({ dataSource }) => attributeConversions(dataSource),
});
