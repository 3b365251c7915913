import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

// The service worker precaches the customer portal's shell so that it still opens on a flaky network. A module
// left out of the list is only there if the customer happened to load it before, and one missing static import
// keeps app.js from running at all; so the list is checked against the modules the portal really loads.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources');
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

function shellList() {
  const list = read('sw.js').match(/const SHELL = \[([\s\S]*?)\];/);
  assert.ok(list, 'sw.js declares const SHELL = [...]');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

/** Every module app.js loads, statically or as a page, but not the staff screens (they need the network anyway). */
function portalModules() {
  const found = new Set();
  const visit = (path) => {
    if (found.has(path)) {
      return;
    }
    found.add(path);
    const source = read(path);
    const imports = [
      ...[...source.matchAll(/^\s*import\s[^;]*?from\s+'(\.[^']+)'/gm)].map((m) => ({ spec: m[1], dynamic: false })),
      ...[...source.matchAll(/^\s*export\s[^;]*?from\s+'(\.[^']+)'/gm)].map((m) => ({ spec: m[1], dynamic: false })),
      ...[...source.matchAll(/^\s*import\s+'(\.[^']+)'/gm)].map((m) => ({ spec: m[1], dynamic: false })),
      ...[...source.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => ({ spec: m[1], dynamic: true })),
    ];
    for (const { spec, dynamic } of imports) {
      const target = posix.normalize(posix.join(posix.dirname(path), spec));
      if (!(dynamic && target.startsWith('js/admin/'))) {
        visit(target);
      }
    }
  };
  visit('js/app.js');
  return found;
}

test('every module of the customer portal is in the service worker\'s shell', () => {
  const shell = new Set(shellList());
  const modules = [...portalModules()];
  assert.ok(modules.includes('js/pages/reset-password.js') && modules.includes('js/seats/grid.js'),
    'the walk follows both page imports and their own imports');
  const missing = modules.filter((path) => !shell.has(`/${path}`));
  assert.deepEqual(missing, [], 'modules missing from SHELL in sw.js');
});

test('every file the shell lists exists, and its stylesheet is the one the page links', () => {
  const missing = shellList().filter((url) => url !== '/' && !url.startsWith('/webjars/'))
    .filter((url) => !existsSync(join(ROOT, url.slice(1))));
  assert.deepEqual(missing, []);
  const bootstrap = shellList().filter((url) => url.startsWith('/webjars/'));
  assert.ok(bootstrap.length > 0);
  for (const url of bootstrap) {
    assert.ok(read('index.html').includes(`href="${url}"`), `${url} is what index.html links`);
  }
  const staff = shellList().filter((url) => url.startsWith('/js/admin/') && url !== '/js/admin/access.js');
  assert.deepEqual(staff, [], 'staff screens stay out of the precache (app.js imports only access.js of them)');
});
