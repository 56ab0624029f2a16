import Foundation
import PaddockCore
import PaddockHTTP
import PaddockRuntime

/// One client connection to the proxy, from its first request head to its close.
final class ProxySession {
    let proxy: EgressProxy
    let client: Socket
    let clientStream: SocketStream
    let caller: CallerIdentity
    let reader: RequestReader

    static var limits: HTTPLimits {
        var limits = HTTPLimits()
        limits.maxBodyBytes = .max
        return limits
    }

    init(proxy: EgressProxy, client: Socket, caller: CallerIdentity) {
        self.proxy = proxy
        self.client = client
        self.caller = caller
        clientStream = SocketStream(client)
        reader = RequestReader(stream: clientStream, parser: HTTPRequestParser(limits: Self.limits))
    }

    func run() {
        do {
            guard case .head(let head)? = try reader.next() else { return }
            if head.method == "CONNECT" {
                try tunnel(head)
            } else if head.target.form == .absolute {
                try forward(first: head)
            } else {
                try send(ProxyResponse.failure(
                    status: 400, reason: "Bad Request", error: "not_a_proxy_request",
                    detail: "send CONNECT host:port, or an absolute URL such as http://host/path, to this proxy"))
            }
        } catch let error as HTTPParseError {
            try? send(ProxyResponse.failure(
                status: 400, reason: "Bad Request", error: "invalid_request", detail: error.message))
        } catch {
            proxy.logger.debug("egress connection ended", ["error": String(describing: error), "pid": "\(caller.pid)"])
        }
    }

    func send(_ bytes: [UInt8]) throws {
        try clientStream.write(bytes)
    }

    // MARK: CONNECT

    private func tunnel(_ head: HTTPRequestHead) throws {
        guard let (host, port) = Authority.split(head.target.authority ?? "", defaultPort: nil) else {
            try send(ProxyResponse.failure(
                status: 400, reason: "Bad Request", error: "invalid_request",
                detail: "CONNECT needs host:port, such as api.example.com:443"))
            return
        }
        guard let grant = try authorize(host: host, port: port, kind: "connection", tunnel: true) else { return }
        if grant.endpoint.inspects {
            try intercept(grant)
            return
        }
        let upstreamStream = SocketStream(grant.upstream)
        let id = proxy.connections.add(.init(caller: caller, host: host, port: port, streams: [clientStream, upstreamStream]))
        defer {
            proxy.connections.remove(id)
            grant.upstream.close()
        }
        try send(ProxyResponse.established)
        TunnelRelay.run(client: client, upstream: grant.upstream, leftover: reader.takeBuffered())
    }

    // MARK: absolute-form requests

    private func forward(first: HTTPRequestHead) throws {
        var head = first
        var upstream: (key: String, socket: Socket, reader: ResponseReader)?
        defer { upstream?.socket.close() }
        while true {
            guard head.target.raw.lowercased().hasPrefix("http://"),
                let (host, port) = Authority.split(head.target.authority ?? "", defaultPort: 80)
            else {
                try send(ProxyResponse.failure(
                    status: 400, reason: "Bad Request", error: "invalid_request",
                    detail: "only http:// URLs are forwarded; for https:// use CONNECT (set HTTPS_PROXY)"))
                return
            }
            let key = Authority.join(host, port)
            if upstream?.key != key {
                upstream?.socket.close()
                upstream = nil
                guard let grant = try authorize(host: host, port: port, kind: "connection", tunnel: false) else { return }
                let stream = SocketStream(grant.upstream)
                upstream = (key, grant.upstream, ResponseReader(stream: stream, parser: HTTPResponseParser(limits: Self.limits)))
            } else if try !stillAllowed(host: host, port: port) {
                return
            }
            guard let current = upstream else { return }
            let exchange = HTTPExchange(session: self, host: host, port: port, tunnelled: false)
            let id = proxy.connections.add(
                .init(caller: caller, host: host, port: port, streams: [clientStream, current.reader.stream]))
            let keepAlive = try exchange.run(head, upstream: current.reader)
            proxy.connections.remove(id)
            guard keepAlive, case .head(let next)? = try reader.next() else { return }
            head = next
        }
    }

    /// Checks that the rules now in force still allow the caller to reach the destination, and
    /// refuses the request when they do not.
    func stillAllowed(host: String, port: Int) throws -> Bool {
        guard case .deny(let denial, _) = proxy.rules.decide(host: host, port: port, caller: caller) else { return true }
        record(kind: "connection", decision: "deny", destination: Authority.join(host, port), denial: denial)
        try send(ProxyResponse.forbidden(denial))
        return false
    }
}
