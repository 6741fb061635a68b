// Runs the shipped nginx example (bench/nginx/portal.conf) unprivileged in a
// temporary folder, in front of the given web instances: for the benchmarks and
// the cluster test. Only the addresses and folders are changed; every proxy
// setting is the one an operator copies.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, waitFor } from '../server.mjs'

const root = path.resolve(import.meta.dirname, '../..')

// Harness only, not the operator's proxy: nginx closes a keep-alive connection after 1,000
// requests, and a load client (autocannon) that has already written its next request on it counts
// an error where a browser would simply send it again. The benches and the cluster test's load
// make tens of thousands of requests on a few connections, so nginx here keeps them open.
const loadClientKeepalive = 1_000_000

/** The nginx binary, or null when nginx is not installed. */
export function findNginx() {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'])
    if (fs.existsSync(candidate)) return candidate
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' })
  return which.status === 0 ? which.stdout.trim() : null
}

/** portal.conf with its upstream pointed at `appPorts`, listening on `port`, caching into `cacheDir`. */
export function nginxSite(appPorts, port, cacheDir) {
  const servers = appPorts.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n    ')
  return fs
    .readFileSync(path.join(root, 'bench/nginx/portal.conf'), 'utf8')
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${cacheDir}`)
    .replace(/(upstream portal_app \{\n)((?:\s*server [^\n]*\n)+)/, `$1    ${servers}\n`)
    .replace(/listen \d+;/, `listen 127.0.0.1:${port};`)
}

/**
 * Starts nginx in front of `appPorts` (on `port`, or a free one) and resolves
 * once `readyPath` answers through it. Returns its address and `stop()`.
 * `extra` is more configuration for the same `http { }` block, beside the
 * shipped site (the portal bench adds a server that answers saved pages as files).
 */
export async function startNginx(nginx, appPorts, readyPath = '/api/health', port = 0, extra = '') {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  port ||= await freePort()
  fs.mkdirSync(path.join(prefix, 'logs'))
  // nginx's workers run as an unprivileged user when started as root: they must reach the cache and temp folders.
  fs.chmodSync(prefix, 0o755)
  for (const d of ['cache', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    fs.mkdirSync(path.join(prefix, d), { recursive: true })
    fs.chmodSync(path.join(prefix, d), 0o777)
  }
  fs.writeFileSync(path.join(prefix, 'portal.conf'), nginxSite(appPorts, port, path.join(prefix, 'cache')))
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((d) => `${d}_temp_path ${path.join(prefix, d)};`)
    .join('\n  ')
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;\npid ${path.join(prefix, 'nginx.pid')};\nerror_log ${path.join(prefix, 'logs/error.log')};\ndaemon off;\n` +
      `events { worker_connections 1024; }\nhttp {\n  access_log off;\n  keepalive_requests ${loadClientKeepalive};\n  ${temp}\n  include ${path.join(prefix, 'portal.conf')};\n${extra}}\n`,
  )
  const child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const errorLog = () => {
    const log = path.join(prefix, 'logs/error.log')
    return fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    }
    fs.rmSync(prefix, { recursive: true, force: true })
  }
  try {
    await waitFor(`http://127.0.0.1:${port}${readyPath}`, child, 20_000)
  } catch (error) {
    console.error(errorLog().slice(-2000))
    await stop()
    throw error
  }
  return { url: `http://127.0.0.1:${port}`, stop, errorLog }
}
