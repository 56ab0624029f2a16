import PaddockHTTP

extension ProxySession {
    /// Terminates the client's TLS with a certificate from the sandbox CA, opens TLS to the
    /// upstream, and checks every request that passes.
    func intercept(_ grant: Grant) throws {
        defer { grant.upstream.close() }
        let destination = Authority.join(grant.host, grant.port)
        guard let authority = proxy.configuration.certificateAuthority else {
            try send(ProxyResponse.failure(
                status: 502, reason: "Bad Gateway", error: "inspection_unavailable",
                detail: "\(destination) needs TLS inspection, but this proxy has no CA"))
            return
        }
        let upstream: TLSStream
        let context: ServerContext
        do {
            context = try authority.serverContext(for: grant.host)
            upstream = try TLSStream.connect(
                socket: grant.upstream, context: try proxy.upstreamTLSContext(), host: grant.host, timeout: .seconds(30))
        } catch {
            proxy.logger.warning("egress upstream TLS failed", ["destination": destination, "error": "\(error)"])
            try send(ProxyResponse.failure(
                status: 502, reason: "Bad Gateway", error: "upstream_tls_failed", detail: "\(destination): \(error)"))
            return
        }
        try send(ProxyResponse.established)
        let downstream = try TLSStream.accept(
            socket: client, context: context, leftover: reader.takeBuffered(), timeout: .seconds(30))
        let id = proxy.connections.add(
            .init(caller: caller, host: grant.host, port: grant.port, streams: [downstream, upstream]))
        defer { proxy.connections.remove(id) }

        let requests = RequestReader(stream: downstream, parser: HTTPRequestParser(limits: Self.limits))
        let responses = ResponseReader(stream: upstream, parser: HTTPResponseParser(limits: Self.limits))
        let exchange = HTTPExchange(
            session: self, host: grant.host, port: grant.port, tunnelled: true, requests: requests,
            client: downstream)
        do {
            while case .head(let head)? = try requests.next() {
                guard try exchange.run(head, upstream: responses) else { return }
            }
        } catch let error as HTTPParseError {
            try? downstream.write(ProxyResponse.failure(
                status: 400, reason: "Bad Request", error: "invalid_request", detail: error.message))
        }
    }
}
