import type { DataSource } from 'typeorm';
import { DeliveryEvent } from '@tierwise/domain';
import { systemContext } from '../../common/context';
import { AppError } from '../../common/errors';
import { outreachConfig, signatureValid } from './channels';
import { OutreachService } from './outreach.service';

interface CallbackRequest {
  body: unknown;
  header(name: string): string | undefined;
}
interface CallbackResponse {
  status(code: number): CallbackResponse;
  json(body: unknown): unknown;
}

const EVENTS = new Set<string>(Object.values(DeliveryEvent));

/**
 * POST /outreach/callbacks: a provider's delivery reports, `{ "reports": [{ "messageId", "event", "at"?, "error"? }] }`,
 * signed like the messages (`X-Tierwise-Signature: sha256=<hex HMAC of the raw body>`). 401 when the signature is
 * wrong, 400 with the problems when a report is malformed or names no message of ours (nothing is applied then).
 */
export function outreachCallbackHandler(dataSource: DataSource) {
  return async (req: CallbackRequest, res: CallbackResponse) => {
    const { webhookSecret } = outreachConfig();
    const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    if (!webhookSecret) return res.status(404).json({ error: 'No webhook channel is configured (OUTREACH_WEBHOOK_URL and OUTREACH_WEBHOOK_SECRET)' });
    if (!signatureValid(webhookSecret, raw, req.header('x-tierwise-signature')))
      return res.status(401).json({ error: 'The signature does not match the body' });
    let parsed: { reports?: unknown };
    try {
      parsed = JSON.parse(raw) as { reports?: unknown };
    } catch {
      return res.status(400).json({ error: 'The body is not JSON' });
    }
    const reports = Array.isArray(parsed.reports) ? parsed.reports : null;
    if (!reports || reports.length === 0 || reports.length > 1000) return res.status(400).json({ error: 'Send { "reports": [...] } with 1 to 1,000 reports' });
    const problems: string[] = [];
    const clean = reports.map((r: { messageId?: unknown; event?: unknown; at?: unknown; error?: unknown }, i) => {
      if (typeof r?.messageId !== 'string' || r.messageId.length > 36) problems.push(`reports.${i}.messageId: a message id`);
      if (typeof r?.event !== 'string' || !EVENTS.has(r.event)) problems.push(`reports.${i}.event: one of ${[...EVENTS].join(', ')}`);
      const at = typeof r?.at === 'string' ? new Date(r.at) : null;
      if (at && Number.isNaN(at.getTime())) problems.push(`reports.${i}.at: an ISO instant`);
      return { messageId: String(r?.messageId), event: r?.event as DeliveryEvent, at, error: typeof r?.error === 'string' ? r.error.slice(0, 500) : null };
    });
    if (problems.length) return res.status(400).json({ error: 'Malformed reports', problems: problems.slice(0, 50) });
    try {
      const applied = await OutreachService.report(systemContext(dataSource, 'outreach-callback'), clean);
      return res.status(200).json({ applied });
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT')
        return res.status(400).json({ error: error.message, problems: error.extensions.fields });
      throw error;
    }
  };
}
