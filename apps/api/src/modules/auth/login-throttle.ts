import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../../common/errors';
import { LimiterStore } from '../../common/rate-limit';

/**
 * Brute-force guard for login: at most 5 failed attempts per account and 30 per client address in
 * 15 minutes. Successful logins clear the account's count. The counts live in the limiter store (Redis when
 * configured), so every API instance sees the same lock-out.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(store: LimiterStore = new LimiterStore(undefined)) {
    this.perAccount = store.limiter('login-account', 5, 15 * 60);
    this.perAddress = store.limiter('login-ip', 30, 15 * 60);
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(email), this.perAddress.get(ip)]);
    const blocked = [
      account && account.consumedPoints >= this.perAccount.points ? account : null,
      address && address.consumedPoints >= this.perAddress.points ? address : null,
    ].filter((r) => r !== null);
    if (blocked.length > 0) {
      const retryAfterSeconds = Math.ceil(Math.max(...blocked.map((r) => r!.msBeforeNext)) / 1000);
      throw new AppError('RATE_LIMITED', `Too many failed sign-in attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`, {
        retryAfterSeconds,
      });
    }
  }

  async failed(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(ip, 1)]);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
