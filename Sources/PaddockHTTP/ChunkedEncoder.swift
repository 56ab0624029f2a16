/// The encoder of the chunked transfer coding: each write becomes one chunk.
public enum ChunkedEncoder {
    /// Returns `bytes` framed as one chunk, or an empty array for empty input (an empty chunk would end
    /// the body).
    public static func chunk<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        guard !bytes.isEmpty else { return [] }
        var framed = Array(String(bytes.count, radix: 16).utf8)
        framed.reserveCapacity(framed.count + bytes.count + 4)
        framed.append(HTTPByte.cr)
        framed.append(HTTPByte.lf)
        framed.append(contentsOf: bytes)
        framed.append(HTTPByte.cr)
        framed.append(HTTPByte.lf)
        return framed
    }

    /// Returns the chunk-size line that precedes `count` bytes of chunk data.
    public static func chunkHeader(count: Int) -> [UInt8] {
        Array((String(count, radix: 16) + "\r\n").utf8)
    }

    /// Returns the last chunk followed by `trailers` and the empty line that ends the body.
    public static func lastChunk(trailers: HTTPHeaders = HTTPHeaders()) -> [UInt8] {
        var text = "0\r\n"
        for field in trailers {
            text += "\(field.name): \(field.value)\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }
}
