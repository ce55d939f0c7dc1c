import { expect, test } from '@playwright/test';

declare global {
  interface Window {
    violations?: string[];
    inlineRan?: boolean;
  }
}

test('the app page runs and loads nothing from elsewhere: remote images, scripts and requests, inline scripts and eval are refused', async ({ page }) => {
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Lanewise' })).toBeVisible();

  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations!.push(`${e.effectiveDirective} ${e.blockedURI}`));
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
    try {
      // eslint-disable-next-line no-eval -- the point: the page may not evaluate strings as code
      eval('window.inlineRan = true');
    } catch {
      window.violations!.push('eval refused');
    }
  });

  await expect
    .poll(() => page.evaluate(() => [...window.violations!].sort()))
    .toEqual(['connect-src https://api.example.com/collect', 'eval refused', 'img-src https://cdn.example.com/logo.png', 'script-src-elem https://cdn.example.com/tracker.js', 'script-src-elem inline', 'script-src eval'].sort());
  expect(await page.evaluate(() => window.inlineRan === true)).toBe(false);
});
