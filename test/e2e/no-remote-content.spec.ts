import { expect, test } from '@playwright/test';

declare global {
  interface Window {
    violations?: Array<{ policy: string; refused: string }>;
    inlineRan?: boolean;
  }
}

test('the app page runs and loads nothing from elsewhere: remote images, scripts and requests, inline scripts are refused, eval is not allowed', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response!.headers()['content-security-policy']!;
  expect(policy).toContain("default-src 'self'");
  // Code Playwright evaluates is exempt from the page's eval rule, so that part is read from the policy.
  const scriptSources = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  expect(scriptSources).toBe("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Lanewise' })).toBeVisible();

  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations!.push({ policy: e.originalPolicy, refused: `${e.effectiveDirective} ${e.blockedURI}` }));
    const image = document.createElement('img');
    image.src = 'https://cdn.example.com/logo.png';
    document.body.append(image);
    const script = document.createElement('script');
    script.src = 'https://cdn.example.com/tracker.js';
    document.body.append(script);
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    document.body.append(inline);
    void fetch('https://api.example.com/collect').catch(() => undefined);
  });

  // The header (what the browser host and Electron's main send) and the page's own meta tag are two
  // policies: each must refuse all of it on its own.
  const refused = ['connect-src https://api.example.com/collect', 'img-src https://cdn.example.com/logo.png', 'script-src-elem https://cdn.example.com/tracker.js', 'script-src-elem inline'];
  const byPolicy = (fromHeader: boolean) => page.evaluate((h) => window.violations!.filter((v) => (v.policy === h.policy) === h.fromHeader).map((v) => v.refused).sort(), { policy, fromHeader });
  await expect.poll(() => byPolicy(true)).toEqual(refused);
  await expect.poll(() => byPolicy(false)).toEqual(refused);
  expect(await page.evaluate(() => window.inlineRan === true)).toBe(false);
});
