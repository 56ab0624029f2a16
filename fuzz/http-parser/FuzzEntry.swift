// The libFuzzer entry point for the HTTP/1.1 request parser, the response parser and the chunked
// decoder.
//
// Each input is parsed three ways: whole, split in two at a point taken from its first byte, and one
// byte at a time. The three must report the same events and the same error, because the parser is
// meant to be independent of how input arrives. Any difference, out-of-range body range or
// over-consumption stops the run through `fatalError`, which libFuzzer records as a crash.

/// What one way of feeding the input produced.
struct Outcome: Equatable {
    var heads: [HTTPRequestHead] = []
    var body: [UInt8] = []
    var ends: [HTTPHeaders] = []
    var errorKind: HTTPParseError.Kind?
}

/// Feeds `input` to a request parser in pieces that end at `cuts`, collecting what it reports.
func parseRequests(_ input: UnsafeRawBufferPointer, cuts: [Int], limits: HTTPLimits) -> Outcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = Outcome()
    var pending: [UInt8] = []
    var fed = 0
    var cutIndex = 0
    do {
        while true {
            let (consumed, event) = try parser.parse(pending)
            guard consumed <= pending.count else { fatalError("parser consumed more bytes than it was given") }
            switch event {
            case .head(let head): outcome.heads.append(head)
            case .body(let range):
                guard !range.isEmpty, range.upperBound <= consumed else { fatalError("body range \(range) is invalid") }
                outcome.body.append(contentsOf: pending[range])
            case .end(let trailers): outcome.ends.append(trailers)
            case nil:
                guard consumed == pending.count else { fatalError("parser stopped early without an event") }
            }
            pending.removeFirst(consumed)
            if event == nil {
                guard fed < input.count else { break }
                let next = cutIndex < cuts.count ? cuts[cutIndex] : input.count
                cutIndex += 1
                pending.append(contentsOf: input[fed..<max(next, fed)])
                fed = max(next, fed)
            }
        }
        if case .end(let trailers) = try parser.finish() { outcome.ends.append(trailers) }
    } catch {
        outcome.errorKind = error.kind
    }
    return outcome
}

/// Parses `input` as responses, whole and one byte at a time, and checks that both agree.
func checkResponseParser(_ input: UnsafeRawBufferPointer, limits: HTTPLimits, method: String) {
    func parse(pieceSize: Int) -> ([HTTPResponseHead], [UInt8], HTTPParseError.Kind?) {
        var parser = HTTPResponseParser(limits: limits)
        parser.requestMethod = method
        var heads: [HTTPResponseHead] = []
        var body: [UInt8] = []
        var pending: [UInt8] = []
        var offset = 0
        do {
            while true {
                let (consumed, event) = try parser.parse(pending)
                switch event {
                case .head(let head): heads.append(head)
                case .body(let range):
                    guard !range.isEmpty, range.upperBound <= consumed else {
                        fatalError("response body range \(range) is invalid")
                    }
                    body.append(contentsOf: pending[range])
                case .end, nil: break
                }
                pending.removeFirst(consumed)
                if event == nil {
                    guard offset < input.count else { break }
                    let next = min(offset + pieceSize, input.count)
                    pending.append(contentsOf: input[offset..<next])
                    offset = next
                }
            }
            _ = try parser.finish()
            return (heads, body, nil)
        } catch {
            return (heads, body, error.kind)
        }
    }

    let whole = parse(pieceSize: max(input.count, 1))
    let single = parse(pieceSize: 1)
    guard whole.0 == single.0, whole.1 == single.1, whole.2 == single.2 else {
        fatalError("response parser results depend on how the input was split")
    }
}

/// Decodes `input` as a chunked body, whole and one byte at a time, and checks that both agree.
func checkChunkedDecoder(_ input: UnsafeRawBufferPointer, limits: HTTPLimits) {
    func decode(pieceSize: Int) -> ([UInt8], HTTPHeaders?, HTTPParseError.Kind?) {
        var decoder = ChunkedDecoder(limits: limits)
        var body: [UInt8] = []
        var offset = 0
        var pending: [UInt8] = []
        do {
            while true {
                let (consumed, event) = try pending.withUnsafeBytes { buffer in
                    try Result { () throws(HTTPParseError) in try decoder.decode(buffer) }.get()
                }
                switch event {
                case .data(let range):
                    guard !range.isEmpty, range.upperBound <= consumed else {
                        fatalError("chunk range \(range) is invalid")
                    }
                    body.append(contentsOf: pending[range])
                case .end(let trailers):
                    return (body, trailers, nil)
                case nil:
                    guard consumed == pending.count else { fatalError("decoder stopped early without an event") }
                }
                pending.removeFirst(consumed)
                if event == nil {
                    guard offset < input.count else { return (body, nil, nil) }
                    let next = min(offset + pieceSize, input.count)
                    pending.append(contentsOf: input[offset..<next])
                    offset = next
                }
            }
        } catch {
            return (body, nil, (error as? HTTPParseError)?.kind)
        }
    }

    let whole = decode(pieceSize: max(input.count, 1))
    let single = decode(pieceSize: 1)
    guard whole.0 == single.0, whole.1 == single.1, whole.2 == single.2 else {
        fatalError("chunked decoder results depend on how the input was split")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = UnsafeRawBufferPointer(start: data, count: size)
    var limits = HTTPLimits()
    // Small limits so that the fuzzer reaches the limit checks with short inputs.
    limits.maxHeaderBytes = 2048
    limits.maxStartLineBytes = 512
    limits.maxHeaderCount = 16
    limits.maxChunkLineBytes = 64

    let split = size == 0 ? 0 : Int(input[0]) * size / 256
    let whole = parseRequests(input, cuts: [], limits: limits)
    let halves = parseRequests(input, cuts: [split], limits: limits)
    let bytes = parseRequests(input, cuts: Array(stride(from: 1, through: size, by: 1)), limits: limits)
    guard whole == halves else { fatalError("request parser results differ when split at \(split)") }
    guard whole == bytes else { fatalError("request parser results differ when fed one byte at a time") }

    checkChunkedDecoder(input, limits: limits)
    checkResponseParser(input, limits: limits, method: size > 1 && input[1] & 1 == 1 ? "HEAD" : "GET")
    return 0
}
