import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemContext } from '../../api/src/common/context';
import { CustomerService } from '../../api/src/modules/customers/customer.service';
import { ProductService } from '../../api/src/modules/products/product.service';
import { browserAvailable, shot, signIn, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;

/** Pick an option of a react-admin SelectInput (by the input's label) by the option's visible text. */
async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option').filter({ hasText: option }).first().click();
}

/** A react-admin text input by its source. */
const input = (page: Page, source: string) => page.locator(`input[name="${source}"], textarea[name="${source}"]`).first();

async function session(browser: Browser, url: string, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, url, email, password);
  return { context, page };
}

run('product manager journeys in Chromium', () => {
  let h: ConsoleHarness;
  let pm: { context: BrowserContext; page: Page };
  beforeAll(async () => {
    h = await startConsole(__filename);
    pm = await session(h.browser, h.url, 'pm@tierwise.local', 'tierwise-demo');
  });
  afterAll(async () => {
    await pm?.context.close();
    await h?.close();
  });

  it('creates a product with eligible tiers and an issuer, finds it in the filtered list, and edits it', async () => {
    const { page } = pm;
    await page.goto(`${h.url}/#/Product/create`);
    await input(page, 'code').fill('WM-E2E-001');
    await input(page, 'name').fill('端到端理财');
    await input(page, 'nameEn').fill('End-to-end wealth product');
    await choose(page, 'Type', 'Wealth product');
    await choose(page, 'Risk level', 'R2');
    await input(page, 'minInvestment').fill('1234567.89');
    await expect(input(page, 'minInvestment').inputValue()).resolves.toBe('1,234,567.89');
    await page.getByRole('combobox', { name: 'Issuer' }).fill('华安');
    // English is chosen: the option shows the partner's English name (found by its Chinese one, as the server searches both).
    await page.getByRole('option').filter({ hasText: 'Hua An Vision Fund Management' }).click();
    await page.getByLabel('Potential', { exact: true }).check();
    await page.getByLabel('High net worth', { exact: true }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Product\/[^/]+\/show/);
    await page.getByText('1,234,567.89 CNY').waitFor();
    await shot(page, 'product-created');

    await page.goto(`${h.url}/#/Product?filter=${encodeURIComponent(JSON.stringify({ q: 'E2E', riskLevel: 'R2' }))}`);
    await page.getByText('WM-E2E-001').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await shot(page, 'product-filtered');

    await page.getByText('WM-E2E-001').click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await input(page, 'nameEn').fill('End-to-end wealth product, edited');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/show/);
    await page.getByText('End-to-end wealth product, edited', { exact: true }).waitFor(); // the page title holds it too
    await shot(page, 'product-edited');
  });

  it('tells the user when someone else saved first, keeping what they typed, and lets them reload and save', async () => {
    const { page } = pm;
    const other = await session(h.browser, h.url, 'admin@tierwise.local', 'tierwise-admin');
    try {
      await page.goto(`${h.url}/#/Product?filter={}`);
      await page.getByText('WM-FLEX-001').click();
      const url = page.url().replace('/show', '');
      await page.goto(url);
      await input(page, 'description').waitFor();
      await input(page, 'description').fill('My careful description');

      await other.page.goto(url);
      await input(other.page, 'termDays').fill('180');
      await other.page.getByRole('button', { name: 'Save' }).click();
      await other.page.waitForURL(/show/);

      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('conflict').waitFor();
      await expect(input(page, 'description').inputValue()).resolves.toBe('My careful description');
      await shot(page, 'conflict');
      await page.getByRole('button', { name: 'Load their version, keep my changes' }).click();
      await page.getByTestId('conflict-reloaded').waitFor();
      await expect(input(page, 'description').inputValue()).resolves.toBe('My careful description');
      await expect(input(page, 'termDays').inputValue()).resolves.toBe('180');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/show/);
      await page.getByText('My careful description').waitFor();
      await shot(page, 'conflict-resolved');
    } finally {
      await other.context.close();
    }
  });

  it('refuses a tier change that would leave a gap, naming it', async () => {
    const { page } = pm;
    await page.goto(`${h.url}/#/Tier`);
    await page.getByText('POTENTIAL', { exact: true }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await input(page, 'minAum').waitFor();
    await page.getByLabel('Move the neighbouring tiers with this one').uncheck();
    await input(page, 'minAum').fill('600000');
    await page.getByTestId('tier-violation').filter({ hasText: 'Gap: AUM from 500,000 to 600,000 would be in no tier' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Gap: AUM from 500,000 to 600,000').first().waitFor();
    expect(page.url()).toMatch(/Tier\/[^/]+$/);
    await shot(page, 'tier-gap-refused');
    await page.getByLabel('Move the neighbouring tiers with this one').check();
    await page.getByText('The tiers cover every AUM from 0 upward with no gap and no overlap.').waitFor();
    await page.getByTestId('tier-moves').getByText('No customer would change tier.').waitFor();
  });

  it('switches to Chinese and remembers it', async () => {
    const { page } = pm;
    await page.goto(`${h.url}/#/Product?filter={}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByText('产品代码').waitFor();
    await page.getByText('风险等级').first().waitFor();
    await page.reload();
    await page.getByText('产品代码').waitFor();
    // Chinese plurals say the number: three rows selected read "选中3项" (the pack's first form said "选中1项" for any number).
    for (const code of ['FUND-BOND-001', 'FUND-BAL-001', 'FUND-EQ-001'])
      await page
        .getByRole('row', { name: new RegExp(code) })
        .getByRole('checkbox')
        .check();
    await page.getByText('选中3项').waitFor();
    for (const code of ['FUND-BOND-001', 'FUND-BAL-001', 'FUND-EQ-001'])
      await page
        .getByRole('row', { name: new RegExp(code) })
        .getByRole('checkbox')
        .uncheck();
    // A record's page is titled by the record (its code), not by its id.
    await page.getByText('PE-001').click();
    await page.waitForURL(/show/);
    await page
      .locator('#react-admin-title')
      .getByText(/PE-001/)
      .waitFor();
    expect(await page.locator('#react-admin-title').textContent()).not.toMatch(/#[0-9a-f]{8}/);
    await page.goBack();
    await shot(page, 'chinese');
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Risk level').first().waitFor();
  });
});

run('customers in Chromium', () => {
  let h: ConsoleHarness;
  beforeAll(async () => {
    h = await startConsole(`${__filename}-customers`);
    const { createTierwiseClient, UpsertCustomersDocument } = await import('@tierwise/client');
    const client = createTierwiseClient({ url: `${h.url}/graphql` });
    await client.login('pm@tierwise.local', 'tierwise-demo');
    await client.request(UpsertCustomersDocument, {
      items: [{ externalRef: 'C-0001', name: '王小明', phone: '13912345678', idNumber: '310101198001011234', aum: '800000' }],
    });
  });
  afterAll(() => h?.close());

  it('lists customers with personal data masked; an admin can reveal it, and the look is audited', async () => {
    const { context, page } = await session(h.browser, h.url, 'admin@tierwise.local', 'tierwise-admin');
    try {
      await page.goto(`${h.url}/#/Customer`);
      await page.getByText('139****5678').waitFor();
      expect(await page.getByText('13912345678').count()).toBe(0);
      await page.getByText('C-0001').click();
      await page.getByRole('button', { name: 'Show personal data' }).click();
      await page.getByTestId('revealed').filter({ hasText: '13912345678' }).waitFor();
      await shot(page, 'customer-revealed');
      await page.goto(`${h.url}/#/AuditEvent?filter=${encodeURIComponent(JSON.stringify({ action: 'REVEAL' }))}`);
      await page.getByText('Personal data viewed').first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('completes a profile without overwriting the masked personal data, records a risk assessment and consents', async () => {
    const { context, page } = await session(h.browser, h.url, 'pm@tierwise.local', 'tierwise-demo');
    const stored = () => h.dataSource.query("SELECT id, name, phone, idNumber, occupation, riskLevel FROM customer WHERE externalRef = 'C-0001'");
    try {
      await page.goto(`${h.url}/#/Customer`);
      await page.getByText('C-0001').click();
      await page.getByRole('link', { name: 'Edit' }).click();
      await choose(page, 'Occupation', 'Business owner');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Business owner').first().waitFor();
      const [edited] = await stored();
      expect(edited).toMatchObject({ name: '王小明', phone: '13912345678', idNumber: '310101198001011234', occupation: 'BUSINESS_OWNER' });

      await page.getByRole('button', { name: 'Record risk assessment' }).click();
      const groups = page.getByRole('radiogroup');
      await groups.first().waitFor();
      // The second answer to each of the default questionnaire's five questions scores 8 + 10 + 6 + 10 + 8 = 42: C3 (41–60).
      expect(await groups.count()).toBe(5);
      for (let i = 0; i < 5; i++) await groups.nth(i).getByRole('radio').nth(1).check();
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      await page.getByText('Assessment recorded: score 42, level C3').waitFor();
      const [assessed] = await stored();
      expect(assessed.riskLevel).toBe('C3');

      // The switch shows what the server recorded: it turns on once the consent is saved and the page reloaded.
      await page.getByRole('tab', { name: 'Consents' }).click();
      await page.getByTestId('consents').getByLabel('Marketing by SMS').click();
      await page.getByTestId('consents').getByRole('switch', { name: 'Marketing by SMS', checked: true }).waitFor();
      await page
        .getByTestId('consents')
        .getByRole('combobox', { name: /Record consent to share/ })
        .click();
      const partner = (await page.getByRole('option').first().textContent())!;
      await page.getByRole('option').first().click();
      await page.getByTestId('consents').getByText(partner).waitFor();
      await shot(page, 'customer-profile-edited');
      const consents = await h.dataSource.query('SELECT kind, granted, partnerId FROM customer_consent WHERE customerId = ? ORDER BY kind', [edited.id]);
      expect(consents.map((c: { kind: string; granted: number | boolean }) => [c.kind, !!c.granted])).toEqual([
        ['DATA_SHARING', true],
        ['MARKETING_SMS', true],
      ]);

      await page.goto(`${h.url}/#/Tier`);
      await page
        .getByTestId('retier-status')
        .getByText(/No re-tiering run yet|Re-tiering|re-tiering/)
        .first()
        .waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows needs and recommendations with their reasons, and records a need from an interview', async () => {
    const { context, page } = await session(h.browser, h.url, 'pm@tierwise.local', 'tierwise-demo');
    try {
      await page.goto(`${h.url}/#/Customer`);
      await page.getByText('C-0001').click();
      await page.getByRole('tab', { name: 'Needs and recommendations' }).click();
      const insights = page.getByTestId('insights');
      await insights.getByTestId('recommendation').first().waitFor();
      await insights
        .getByText(/^Suitable: R\d for /)
        .first()
        .waitFor();
      await insights.getByRole('button', { name: 'Record a need from an interview' }).click();
      await page.getByRole('combobox', { name: 'Need' }).click();
      await page.getByRole('option', { name: 'Wealth transfer' }).click();
      await page.getByLabel('What the customer said').fill('Wants to pass the family business to the children within ten years');
      await page.getByRole('button', { name: 'Save' }).click();
      await insights.getByTestId('needs').getByText('Wealth transfer').waitFor();
      await insights.getByText('Wants to pass the family business to the children within ten years').waitFor();
      await shot(page, 'customer-insights');
    } finally {
      await context.close();
    }
  });

  it('works the referral queue and sends a service order to the partner who provides the benefit', async () => {
    const { createPartnerClient, createTierwiseClient, CreateApiClientDocument, AllPartnerInstitutionsDocument, AllCustomersDocument, SetConsentDocument } =
      await import('@tierwise/client');
    const admin = createTierwiseClient({ url: `${h.url}/graphql` });
    await admin.login('admin@tierwise.local', 'tierwise-admin');
    const lianjia = (await admin.request(AllPartnerInstitutionsDocument, { filter: { q: 'LIANJIA' } })).allPartnerInstitutions[0].id;
    const customer = (await admin.request(AllCustomersDocument, { filter: { q: 'C-0001' } })).allCustomers[0].id;
    await admin.request(SetConsentDocument, { customerId: customer, kind: 'DATA_SHARING', granted: true, partnerId: lianjia });
    const { key } = (await admin.request(CreateApiClientDocument, { partnerId: lianjia, name: 'queue test', scopes: ['REFERRALS_WRITE'] })).createApiClient;
    await createPartnerClient({ url: `${h.url}/graphql`, apiKey: key! }).submitReferral(customer, 'HOME_PURCHASE', 'Buyer wants mortgage pre-approval');

    const { context, page } = await session(h.browser, h.url, 'pm@tierwise.local', 'tierwise-demo');
    try {
      await page.goto(`${h.url}/#/Referral`);
      const row = page.getByRole('row').filter({ hasText: 'Buyer wants mortgage pre-approval' });
      await row.getByText('New').waitFor();
      await row.getByRole('button', { name: 'Contacted' }).click();
      await row.getByText('Contacted').first().waitFor();
      await row.getByRole('button', { name: 'Converted' }).waitFor();

      await page.goto(`${h.url}/#/FulfilmentOrder/create`);
      await page.getByRole('combobox', { name: 'Customer' }).fill('C-0001');
      await page.getByRole('option').filter({ hasText: 'C-0001' }).first().click();
      await choose(page, 'Benefit', 'Health check-up');
      await page.getByRole('button', { name: 'Save' }).click();
      const order = page.getByRole('row').filter({ hasText: 'Health check-up' });
      await order.getByText('Pending').waitFor();
      await order.getByText('Meinian Select Health Check-ups').waitFor();
      await shot(page, 'service-orders');
    } finally {
      await context.close();
    }
  });

  it('asks before a bulk status change, with the count and what is on sale, and names what the lifecycle forbids', async () => {
    const { context, page } = await session(h.browser, h.url, 'pm@tierwise.local', 'tierwise-demo');
    try {
      await ProductService.create(systemContext(h.dataSource, 'test'), {
        code: 'DRAFT-BULK',
        name: '草稿',
        type: 'FUND',
        riskLevel: 'R2',
        status: 'DRAFT',
      } as never);
      await page.goto(`${h.url}/#/Product?filter=${encodeURIComponent(JSON.stringify({ q: 'DRAFT-BULK' }))}`);
      await page.getByText('DRAFT-BULK').waitFor();
      await page
        .getByRole('row', { name: /DRAFT-BULK/ })
        .getByRole('checkbox')
        .check();
      await page.getByRole('button', { name: 'Suspend' }).click();
      await page.getByText('These cannot become Suspended (the product lifecycle does not allow it): DRAFT-BULK (Draft). Unselect them first.').waitFor();
      await page.getByRole('button', { name: 'Close' }).click();
      expect((await h.dataSource.query("SELECT status FROM product WHERE code = 'DRAFT-BULK'"))[0].status).toBe('DRAFT');
      // The selection outlives a change of filter: the dialog still counts (and refuses) what is selected elsewhere.

      await page.goto(`${h.url}/#/Product?filter=${encodeURIComponent(JSON.stringify({ type: 'FUND', status: 'ACTIVE' }))}`);
      await page.getByText('FUND-BOND-001').waitFor();
      for (const code of ['FUND-BOND-001', 'FUND-BAL-001'])
        await page
          .getByRole('row', { name: new RegExp(code) })
          .getByRole('checkbox')
          .check();
      await page.getByRole('button', { name: 'Suspend' }).click();
      await page.getByText(/These cannot become Suspended .*: DRAFT-BULK \(Draft\)/).waitFor();
      await page.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('row', { name: /FUND-BAL-001/ }).waitFor();
      // Clear the selection, and pick only the two active funds.
      await page.getByRole('button', { name: 'Unselect' }).click();
      for (const code of ['FUND-BOND-001', 'FUND-BAL-001'])
        await page
          .getByRole('row', { name: new RegExp(code) })
          .getByRole('checkbox')
          .check();
      await page.getByRole('button', { name: 'Suspend' }).click();
      await page.getByText('This changes 2 products (2 of them on sale now) to Suspended.').waitFor();
      await shot(page, 'bulk-suspend-confirm');
      await page.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
      await page.getByText('2 products changed').waitFor();
      const rows = await h.dataSource.query("SELECT code, status FROM product WHERE code IN ('FUND-BOND-001', 'FUND-BAL-001') ORDER BY code");
      expect(rows).toEqual([
        { code: 'FUND-BAL-001', status: 'SUSPENDED' },
        { code: 'FUND-BOND-001', status: 'SUSPENDED' },
      ]);
      await h.dataSource.query("UPDATE product SET status = 'ACTIVE' WHERE code IN ('FUND-BOND-001', 'FUND-BAL-001')");
    } finally {
      await context.close();
    }
  });

  it('lists the tiers in the customers filter and on a new segment, lowest AUM first', async () => {
    const { context, page } = await session(h.browser, h.url, 'pm@tierwise.local', 'tierwise-demo');
    try {
      for (const path of ['/#/Customer', '/#/SavedSegment/create']) {
        await page.goto(`${h.url}${path}`);
        await page.getByRole('combobox', { name: 'Tier' }).click();
        await page.getByRole('option').filter({ hasText: 'High net worth' }).waitFor();
        const options = (await page.getByRole('option').allTextContents()).filter((t) => t.trim() !== '');
        expect([path, options]).toEqual([path, ['Ordinary', 'Potential', 'High net worth']]);
        await page.keyboard.press('Escape');
      }
    } finally {
      await context.close();
    }
  });

  it('exports every row of the filtered list as CSV, a page at a time, with progress', async () => {
    const { context, page } = await session(h.browser, h.url, 'pm@tierwise.local', 'tierwise-demo');
    // 230 customers: more than two of the API's pages of 100, all matching the filter, and a few that do not.
    const items = Array.from({ length: 240 }, (_, i) => ({
      externalRef: `EXP-${String(i).padStart(3, '0')}`,
      name: '导出',
      lifeStage: i < 230 ? 'RETIRED' : 'YOUNG_SINGLE',
    }));
    await CustomerService.upsertMany(systemContext(h.dataSource, 'test'), items as never);
    await page.goto(`${h.url}/#/Customer?filter=${encodeURIComponent(JSON.stringify({ q: 'EXP-', lifeStage: 'RETIRED' }))}`);
    await page.getByText(/^1-\d+ of 230$/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(csv).toHaveLength(231); // the header and every row
    expect(csv.filter((line) => line.includes('EXP-')).length).toBe(230);
    expect(csv.some((line) => line.includes('YOUNG_SINGLE'))).toBe(false);
    await page.getByText('Exported 230 rows').waitFor();
    await shot(page, 'export-done');
    await context.close();
  });

  it('lets an admin create a partner API key, showing it once', async () => {
    const { context, page } = await session(h.browser, h.url, 'admin@tierwise.local', 'tierwise-admin');
    try {
      await page.goto(`${h.url}/#/ApiClient/create`);
      await choose(page, 'Partner', 'Lianjia');
      await input(page, 'name').fill('Lianjia production');
      await choose(page, 'Scopes', 'Read the catalogue');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Save' }).click();
      const key = (await page.getByTestId('new-api-key').textContent())!;
      expect(key).toMatch(/^tw_[0-9a-f]{8}_/);
      await shot(page, 'api-key-once');
      // Copying says so on its own button; closing is a separate, plain Close.
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByRole('button', { name: 'Copy the key' }).click();
      await page.getByRole('button', { name: 'Copied to the clipboard' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await page.getByText(`tw_${key.slice(3, 11)}_…`).waitFor();
      // Every column of the key list has a heading.
      await page.goto(`${h.url}/#/ApiClient`);
      await page.getByText(`tw_${key.slice(3, 11)}_…`).waitFor();
      const headings = (await page.locator('thead th').allTextContents()).map((t) => t.trim());
      expect(headings).toEqual(['Name', 'Partner', 'Key', 'Scopes', 'Points per minute', 'Expires', 'Last used', 'State']);
      expect(await page.getByText(key).count()).toBe(0);
      const [row] = await h.dataSource.query('SELECT keyHash FROM api_client WHERE keyPrefix = ?', [key.slice(3, 11)]);
      expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await context.close();
    }
  });
});

run('controls by role in Chromium', () => {
  let h: ConsoleHarness;
  beforeAll(async () => {
    h = await startConsole(`${__filename}-viewer`);
  });
  afterAll(() => h?.close());

  // The same checks for each role, so that "absent for a viewer" is shown against "present for a product manager".
  it.each([
    ['viewer@tierwise.local', 'tierwise-demo', { create: 0, edit: 0, checkboxes: false, users: 0 }],
    ['pm@tierwise.local', 'tierwise-demo', { create: 1, edit: 1, checkboxes: true, users: 0 }],
    ['admin@tierwise.local', 'tierwise-admin', { create: 1, edit: 1, checkboxes: true, users: 1 }],
  ] as const)('%s sees exactly the create, edit, bulk and Users controls of the role', async (email, password, expected) => {
    const { context, page } = await session(h.browser, h.url, email, password);
    try {
      await page.goto(`${h.url}/#/Product`);
      await page.getByText('PE-001').waitFor();
      expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(expected.create);
      expect((await page.locator('input[type="checkbox"]').count()) > 0).toBe(expected.checkboxes);
      expect(await page.getByRole('menuitem', { name: 'Users' }).count()).toBe(expected.users);
      await page.getByText('PE-001').click();
      await page.waitForURL(/show/);
      await page.getByRole('link', { name: 'History' }).waitFor();
      expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(expected.edit);
      await page.goto(`${h.url}/#/Tier`);
      await page.getByText('HNW', { exact: true }).waitFor();
      expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(expected.create);
      await shot(page, `role-${email.split('@')[0]}`);
    } finally {
      await context.close();
    }
  });
});
