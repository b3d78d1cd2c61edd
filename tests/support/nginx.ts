import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian's nginx, for the test of the README's nginx configuration: `NGINX_PATH` if set,
 * `/usr/sbin/nginx` if installed, otherwise installed from Debian's packages when the tests
 * run as root (as on a fresh machine of this kind and in CI), so `npm test` alone is enough.
 */
export function nginxPath(): string {
  const installed = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
  if (existsSync(installed)) return installed;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('nginx is not installed: installing Debian’s nginx-light for the hosting test…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx-light'], { env, stdio: 'ignore' }).status === 0;
    if (!install()) {
      spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
      install();
    }
    if (existsSync(installed)) return installed;
  }
  throw new Error(`nginx is not installed at ${installed}. Install Debian's nginx (sudo apt-get install nginx-light) or set NGINX_PATH to its binary.`);
}
