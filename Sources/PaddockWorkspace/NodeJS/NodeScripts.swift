/// The JavaScript files that the Node.js runner writes into its runtime directory.
enum NodeScripts {
    /// The file name of the REPL driver. Its stack frames are recognised by this name, so the
    /// driver drops them from tracebacks.
    static let driverFileName = "paddock-node-driver.js"
    static let proxyHookFileName = "paddock-node-proxy.js"
    static let errorReporterFileName = "paddock-node-errors.js"
    /// The variable that names the file the error reporter writes.
    static let errorFileVariable = "PADDOCK_NODE_ERROR_FILE"

    /// The REPL driver, run as `node --require <proxy hook> <driver>` with a socket on descriptor 3.
    ///
    /// Protocol, one JSON object per line in each direction. The driver first sends
    /// `{"ready":true,"node":VERSION,"pid":PID}`. The reply to a request `{"id":N,"code":TEXT}` is
    /// `{"id":N,"status":"ok"|"error","stdout":TEXT,"stderr":TEXT,"truncated":BOOL,"result":TEXT?,
    /// "error":{"ename","evalue","traceback"}?}`. `result` is the `util.inspect` text of the last
    /// expression's value, or null for `undefined`. When the code ends the process, the driver sends
    /// `{"id":N,"status":"exit","exit_code":CODE,"stdout":...,"stderr":...}` from its exit handler.
    /// `{"id":N,"chdir":PATH}` changes the working directory. The driver keeps each stream's first
    /// and last `PADDOCK_NODE_OUTPUT_LIMIT / 2` characters (default 1,000,000 in all) and exits when
    /// the socket reaches end of file.
    static let driver = #"""
        'use strict';
        // The Paddock Node.js REPL driver. It reads one JSON request per line from file descriptor 3,
        // evaluates the code in a persistent REPL context (top-level await, require and declarations
        // persist), and writes one JSON reply per line to the same descriptor. Output that the code writes
        // to process.stdout and process.stderr is captured per request and sent in the reply.
        const net = require('net');
        const repl = require('repl');
        const util = require('util');
        const domain = require('domain');
        const { PassThrough } = require('stream');
        const { createRequire } = require('module');
        const path = require('path');

        const limit = Math.max(1024, Number(process.env.PADDOCK_NODE_OUTPUT_LIMIT) || 1000000);

        // A stream's captured text: the first and the last limit/2 characters, and the total count.
        class Capture {
          constructor() {
            this.reset();
          }

          reset() {
            this.head = '';
            this.tail = [];
            this.tailLength = 0;
            this.total = 0;
          }

          add(text) {
            this.total += text.length;
            const room = (limit >> 1) - this.head.length;
            if (room > 0) {
              this.head += text.slice(0, room);
              text = text.slice(room);
            }
            if (text.length === 0) return;
            this.tail.push(text);
            this.tailLength += text.length;
            while (this.tail.length > 1 && this.tailLength - this.tail[0].length >= limit >> 1) {
              this.tailLength -= this.tail.shift().length;
            }
          }

          take() {
            const tail = this.tail.join('').slice(-(limit - (limit >> 1)));
            const omitted = this.total - this.head.length - tail.length;
            const text = omitted > 0 ? `${this.head}\n\n... [${omitted} characters truncated] ...\n\n${tail}` : this.head + tail;
            const result = { text, truncated: omitted > 0 };
            this.reset();
            return result;
          }
        }

        const captures = { stdout: new Capture(), stderr: new Capture() };
        for (const name of ['stdout', 'stderr']) {
          process[name].write = function write(chunk, encoding, callback) {
            if (typeof encoding === 'function') callback = encoding;
            const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
            captures[name].add(text);
            if (typeof callback === 'function') process.nextTick(callback);
            return true;
          };
        }

        // The first stack frame of the REPL's and this driver's own machinery; the frames from it on are dropped.
        const machineryFrame = /^\s+at .*(node:(repl|vm|domain|internal\/vm)|paddock-node-driver\.js)/;

        function cutAtMachinery(lines) {
          const end = lines.findIndex((line) => machineryFrame.test(line));
          return end < 0 ? lines : lines.slice(0, end);
        }

        // Describes a thrown value as a Jupyter-style error output: name, message and stack lines.
        function describeError(error) {
          if (error && error.constructor && error.constructor.name === 'Recoverable' && error.err) error = error.err;
          if (error instanceof Error || (error && typeof error.stack === 'string')) {
            const lines = String(error.stack || `${error.name}: ${error.message}`).split('\n');
            return {
              ename: String(error.name || 'Error'),
              evalue: String(error.message || ''),
              traceback: cutAtMachinery(lines),
            };
          }
          const shown = util.inspect(error);
          return { ename: 'Uncaught', evalue: shown, traceback: [`Uncaught ${shown}`] };
        }

        const errors = domain.create();
        let finishPending = null;
        errors.on('error', (error) => {
          if (finishPending) {
            finishPending(error);
          } else {
            const described = describeError(error);
            captures.stderr.add(`Uncaught ${described.traceback.join('\n')}\n`);
          }
        });

        const discarded = new PassThrough();
        discarded.resume();
        const server = repl.start({
          input: new PassThrough(), output: discarded, terminal: false, prompt: '', useColors: false, preview: false,
          ignoreUndefined: true, domain: errors,
        });

        // The REPL gives its context a console that writes to the REPL's output; use the process's own,
        // whose writes are captured per request.
        Object.defineProperty(server.context, 'console', { value: console, writable: true, configurable: true });

        function evaluate(request) {
          return new Promise((resolve) => {
            let settled = false;
            const finish = (error, value) => {
              if (settled) return;
              settled = true;
              finishPending = null;
              resolve({ error, value });
            };
            finishPending = finish;
            try {
              server.eval(request.code, server.context, `REPL${request.id}`, finish);
            } catch (error) {
              finish(error);
            }
          });
        }

        const channel = new net.Socket({ fd: 3, readable: true, writable: true });
        function reply(message) {
          channel.write(JSON.stringify(message) + '\n');
        }

        // The request being evaluated, so that process.exit() in it still sends that request's output.
        let currentID = null;
        process.on('exit', (code) => {
          if (currentID === null) return;
          const stdout = captures.stdout.take();
          const stderr = captures.stderr.take();
          const message = { id: currentID, status: 'exit', exit_code: code, stdout: stdout.text, stderr: stderr.text,
            truncated: stdout.truncated || stderr.truncated };
          try {
            require('fs').writeSync(3, JSON.stringify(message) + '\n');
          } catch {
            // The runner closed the socket, so the output has no reader.
          }
        });

        async function handle(request) {
          if (typeof request.chdir === 'string') {
            try {
              process.chdir(request.chdir);
              // The REPL's require resolves relative names against the directory it started in.
              server.context.require = createRequire(path.join(process.cwd(), '<repl>'));
              reply({ id: request.id, status: 'ok' });
            } catch (error) {
              reply({ id: request.id, status: 'error', error: describeError(error) });
            }
            return;
          }
          currentID = request.id;
          const { error, value } = await evaluate(request);
          // Output written from callbacks that run right after the code settles belongs to this request.
          await new Promise((resolve) => setImmediate(resolve));
          const stdout = captures.stdout.take();
          const stderr = captures.stderr.take();
          const message = { id: request.id, stdout: stdout.text, stderr: stderr.text,
            truncated: stdout.truncated || stderr.truncated };
          if (error !== undefined && error !== null) {
            message.status = 'error';
            message.error = describeError(error);
          } else {
            message.status = 'ok';
            message.result = value === undefined ? null : util.inspect(value, { colors: false });
          }
          currentID = null;
          reply(message);
        }

        let queue = Promise.resolve();
        let buffered = '';
        channel.setEncoding('utf8');
        channel.on('data', (chunk) => {
          buffered += chunk;
          let newline;
          while ((newline = buffered.indexOf('\n')) >= 0) {
            const line = buffered.slice(0, newline);
            buffered = buffered.slice(newline + 1);
            if (line.trim() === '') continue;
            let request;
            try {
              request = JSON.parse(line);
            } catch (error) {
              reply({ id: null, status: 'error', error: describeError(error) });
              continue;
            }
            queue = queue.then(() => handle(request));
          }
        });
        channel.on('end', () => process.exit(0));
        reply({ ready: true, node: process.version, pid: process.pid });
        """#

    /// The proxy hook, loaded with `--require` by the driver and by every stateless run.
    static let proxyHook = #"""
        'use strict';
        // Sends global fetch and http(s).request through the proxy named by HTTPS_PROXY or HTTP_PROXY,
        // honouring NO_PROXY, because Node.js 20 ignores those variables. Both protocols use a CONNECT
        // tunnel, as undici's ProxyAgent does. Loaded with --require before the user's code.
        (() => {
          const env = process.env;
          const pick = (...names) => names.map((name) => env[name]).find((value) => value && value.trim());
          const parseProxy = (raw) => {
            if (!raw) return null;
            try {
              return new URL(raw.includes('://') ? raw : 'http://' + raw);
            } catch {
              return null;
            }
          };
          const proxies = {
            'http:': parseProxy(pick('http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY')),
            'https:': parseProxy(pick('https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY')),
          };
          if (!proxies['http:'] && !proxies['https:']) return;

          const net = require('net');
          const tls = require('tls');
          const http = require('http');
          const https = require('https');
          const bare = (host) => String(host || '').toLowerCase().replace(/^\[(.*)\]$/, '$1');
          const exclusions = (pick('no_proxy', 'NO_PROXY') || '').split(',').map((entry) => entry.trim().toLowerCase())
            .filter(Boolean).map((entry) => {
              const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
              return match ? { host: bare(match[1]).replace(/^\*?\./, ''), port: match[2] } : { host: entry };
            });

          // Tests whether NO_PROXY names the host: an exact name or address, a parent domain, or '*'.
          const bypasses = (host, port) => {
            const name = bare(host);
            return exclusions.some((entry) => {
              if (entry.host === '*') return true;
              if (entry.port && entry.port !== String(port)) return false;
              return name === entry.host || name.endsWith('.' + entry.host);
            });
          };

          // Opens a TCP connection through the proxy's CONNECT method and calls back with the socket.
          const tunnel = (proxy, host, port, callback) => {
            const name = bare(host);
            const authority = name.includes(':') ? `[${name}]:${port}` : `${name}:${port}`;
            const socket = net.connect(Number(proxy.port) || 80, bare(proxy.hostname));
            let received = Buffer.alloc(0);
            const fail = (error) => {
              socket.destroy();
              callback(error);
            };
            const onData = (chunk) => {
              received = Buffer.concat([received, chunk]);
              const end = received.indexOf('\r\n\r\n');
              if (end < 0) {
                if (received.length > 65536) fail(new Error(`the proxy ${proxy.host} sent an oversized CONNECT response`));
                return;
              }
              socket.removeListener('data', onData);
              socket.removeListener('error', fail);
              const statusLine = received.toString('latin1', 0, end).split('\r\n')[0];
              if (!/^HTTP\/1\.[01] 200/.test(statusLine)) {
                fail(new Error(`the proxy ${proxy.host} rejected CONNECT ${authority}: ${statusLine}`));
                return;
              }
              const rest = received.subarray(end + 4);
              if (rest.length > 0) socket.unshift(rest);
              callback(null, socket);
            };
            socket.on('data', onData);
            socket.on('error', fail);
            socket.once('connect', () => {
              let head = `CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n`;
              if (proxy.username) {
                const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
                head += `Proxy-Authorization: Basic ${Buffer.from(credentials).toString('base64')}\r\n`;
              }
              socket.write(head + '\r\n');
            });
          };

          const serverName = (options, host) => options.servername || (net.isIP(bare(host)) ? undefined : bare(host));

          class TunnelingHTTPAgent extends http.Agent {
            createConnection(options, callback) {
              const host = options.host || options.hostname || 'localhost';
              const port = options.port || 80;
              if (bypasses(host, port) || !proxies['http:']) return net.createConnection(options);
              tunnel(proxies['http:'], host, port, callback);
            }
          }

          class TunnelingHTTPSAgent extends https.Agent {
            createConnection(options, callback) {
              const host = options.host || options.hostname || 'localhost';
              const port = options.port || 443;
              if (bypasses(host, port) || !proxies['https:']) {
                return tls.connect({ ...options, servername: serverName(options, host) });
              }
              tunnel(proxies['https:'], host, port, (error, socket) => {
                if (error) return callback(error);
                callback(null, tls.connect({ ...options, socket, servername: serverName(options, host) }));
              });
            }
          }

          http.globalAgent = new TunnelingHTTPAgent({ keepAlive: true });
          https.globalAgent = new TunnelingHTTPSAgent({ keepAlive: true });

          // undici's connector contract: connect(options, callback) calls back with a connected socket.
          const connectForFetch = (options, callback) => {
            const secure = options.protocol === 'https:';
            const port = Number(options.port) || (secure ? 443 : 80);
            const proxy = proxies[options.protocol];
            const finish = (error, socket) => {
              if (error) return callback(error);
              if (!secure) return callback(null, socket);
              const secured = tls.connect({ socket, servername: serverName(options, options.hostname), ALPNProtocols: ['http/1.1'] });
              secured.once('secureConnect', () => callback(null, secured));
              secured.once('error', callback);
            };
            if (!proxy || bypasses(options.hostname, port)) {
              const socket = net.connect(port, bare(options.hostname));
              socket.once('connect', () => finish(null, socket));
              socket.once('error', callback);
              return;
            }
            tunnel(proxy, options.hostname, port, finish);
          };

          // Node.js 20 loads its bundled undici on the first fetch call, so the dispatcher is replaced then.
          const dispatcherKey = Symbol.for('undici.globalDispatcher.1');
          const originalFetch = globalThis.fetch;
          if (typeof originalFetch !== 'function') return;
          let installed = false;
          globalThis.fetch = function fetch(input, init) {
            if (!installed) {
              installed = true;
              originalFetch().catch(() => {});
              const Agent = globalThis[dispatcherKey] && globalThis[dispatcherKey].constructor;
              if (typeof Agent === 'function') globalThis[dispatcherKey] = new Agent({ connect: connectForFetch });
            }
            return originalFetch(input, init);
          };
        })();
        """#

    /// The error reporter, loaded with `--require` by stateless runs. It writes an uncaught
    /// exception as `{"ename","evalue","traceback"}` to the file that `PADDOCK_NODE_ERROR_FILE`
    /// names. It only observes: the exception still ends the process with Node's usual message.
    static let errorReporter = #"""
        'use strict';
        (() => {
          const file = process.env.PADDOCK_NODE_ERROR_FILE;
          delete process.env.PADDOCK_NODE_ERROR_FILE;
          if (!file) return;
          process.on('uncaughtExceptionMonitor', (error) => {
            let report;
            if (error instanceof Error || (error && typeof error.stack === 'string')) {
              const lines = String(error.stack).split('\n').filter((line) => !/^\s+at .*node:internal/.test(line));
              report = { ename: String(error.name || 'Error'), evalue: String(error.message || ''), traceback: lines };
            } else {
              const shown = require('util').inspect(error);
              report = { ename: 'Uncaught', evalue: shown, traceback: [`Uncaught ${shown}`] };
            }
            try {
              require('fs').writeFileSync(file, JSON.stringify(report));
            } catch {
              // The run's directory is gone or full; the runner then parses stderr instead.
            }
          });
        })();
        """#
}
