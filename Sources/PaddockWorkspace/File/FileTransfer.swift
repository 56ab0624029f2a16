import Foundation
import Glibc
import PaddockHTTP

/// `POST /v1/file/upload` and `GET /v1/file/download`, both streamed in pieces of at most
/// `FileSystem.chunkBytes`, so file size is bounded by the disk rather than by memory.
struct FileTransfer {
    let context: WorkspaceContext

    /// The directory for uploads without a `path`.
    static let defaultUploadDirectory = "/tmp"

    func upload(_ request: RouteRequest) throws -> HTTPResponse {
        guard let type = request.http.headers["Content-Type"], let boundary = MultipartReader.boundary(fromContentType: type)
        else {
            throw ValidationFailure.missing("file")
        }
        request.http.body.maxBytes = .max
        var reader = MultipartReader(boundary: boundary)
        var upload = PendingUpload(context: context)
        defer { upload.discard() }
        var field: String?
        var fieldValue: [UInt8] = []
        // One reused buffer: `HTTPBody.read(maxBytes:)` would allocate and zero one per piece.
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        do {
            while true {
                let count = try buffer.withUnsafeMutableBytes { try request.http.body.read(into: $0) }
                guard count > 0 else { break }
                let piece = Array(buffer[0..<count])
                for event in try reader.feed(piece) {
                    switch event {
                    case .partStarted(let header):
                        field = header.name
                        fieldValue = []
                        if header.name == "file" { try upload.begin(filename: header.filename) }
                    case .content(let bytes):
                        if field == "file" {
                            try upload.append(bytes)
                        } else if fieldValue.count < 64 * 1024 {
                            fieldValue += bytes
                        }
                    case .partEnded:
                        if field == "path" { upload.destination = String(decoding: fieldValue, as: UTF8.self) }
                        field = nil
                    }
                }
                if reader.isFinished { break }
            }
            try reader.finish()
        } catch let error as MultipartReader.FormatError {
            throw ValidationFailure([.init(location: ["body"], message: "Invalid multipart body: \(error)", type: "value_error")])
        }
        guard upload.started else { throw ValidationFailure.missing("file") }
        let (path, size) = try upload.finish()
        context.logger.info("file uploaded", ["path": path, "bytes": String(size)])
        return Envelope.success(
            ["file_path": .string(path), "file_size": .int(size), "success": true], message: "File uploaded successfully")
    }

    func download(_ request: RouteRequest) throws -> HTTPResponse {
        let query = request.query()
        let requested = query.requiredString("path")
        let policy = query.string("change_policy") ?? "ignore"
        try query.validate()
        guard policy == "ignore" || policy == "abort" else {
            throw ValidationFailure([
                .init(
                    location: ["query", "change_policy"], message: "Input should be 'ignore' or 'abort'", type: "enum",
                    input: .string(policy))
            ])
        }
        let path = FileRoutes.resolve(requested, context)
        let descriptor: Int32
        do {
            descriptor = try FileSystem.openFile(path, O_RDONLY)
        } catch {
            let (type, _) = FileFailure.category(of: error.errno)
            let status = [ "not_found": 404, "permission_denied": 403, "invalid_target": 400][type] ?? 500
            return Envelope.error("cannot download \(path): \(String(cString: strerror(error.errno)))", status: status)
        }
        let watch = policy == "abort" ? ChangeWatch(descriptor: descriptor, path: path) : nil
        var first = [UInt8](repeating: 0, count: FileSystem.chunkBytes)
        let firstCount = read(descriptor, &first, first.count)
        if firstCount < 0 {
            let code = errno
            close(descriptor)
            return Envelope.error("cannot read \(path): \(String(cString: strerror(code)))", status: 500)
        }
        first.removeLast(first.count - firstCount)
        if let watch, watch.changed() {
            close(descriptor)
            return Envelope.error("\(path) changed while it was being read; retry the download", status: 409)
        }
        let name = (path as NSString).lastPathComponent.replacingOccurrences(of: "\"", with: "")
        let headers: HTTPHeaders = [
            "Content-Type": "application/octet-stream", "Content-Disposition": "attachment; filename=\"\(name)\"",
        ]
        let logger = context.logger
        return HTTPResponse(headers: headers, body: .stream { writer in
            defer { close(descriptor) }
            try writer.write(first)
            var buffer = [UInt8](repeating: 0, count: FileSystem.chunkBytes)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                if let watch, watch.changed() {
                    logger.warning("download aborted because the file changed", ["path": path])
                    throw FileFailure.make(path, operation: "download", message: "\(path) changed during the download", type: "io_error")
                }
                try writer.write(Array(buffer[0..<count]))
            }
        })
    }
}

/// Detects a change of a file being downloaded: its size or modification time, or the path now
/// naming another file.
struct ChangeWatch {
    let descriptor: Int32
    let path: String
    let initial: stat

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        var status = stat()
        fstat(descriptor, &status)
        initial = status
    }

    func changed() -> Bool {
        var current = stat()
        var named = stat()
        guard fstat(descriptor, &current) == 0, stat(path, &named) == 0 else { return true }
        return current.st_size != initial.st_size || current.st_mtim.tv_sec != initial.st_mtim.tv_sec
            || current.st_mtim.tv_nsec != initial.st_mtim.tv_nsec || named.st_ino != initial.st_ino
            || named.st_dev != initial.st_dev
    }
}

/// An upload being received into a temporary file, which `finish` renames to its destination.
struct PendingUpload {
    let context: WorkspaceContext
    var destination: String?
    private var filename: String?
    private var temporary: String?
    private var descriptor: Int32 = -1
    private var size = 0
    private(set) var started = false

    init(context: WorkspaceContext) {
        self.context = context
    }

    mutating func begin(filename: String?) throws {
        self.filename = filename
        started = true
        // Received next to the destination when it is known already, so the final rename stays on
        // one file system.
        let directory = destination.map { (FileRoutes.resolve($0, context) as NSString).deletingLastPathComponent }
            ?? FileTransfer.defaultUploadDirectory
        let path = FileSystem.join(directory, ".paddock-upload-" + Identifier.make(length: 12))
        let target = destination.map { FileRoutes.resolve($0, context) } ?? path
        do {
            try FileSystem.makeParents(of: path)
            descriptor = try FileSystem.openFile(path, O_WRONLY | O_CREAT | O_EXCL, mode: 0o644)
        } catch {
            throw FileFailure.system(target, operation: "upload", errno: error.errno)
        }
        temporary = path
    }

    mutating func append(_ bytes: [UInt8]) throws {
        do {
            try FileSystem.writeAll(descriptor, bytes[...])
        } catch {
            throw FileFailure.system(destination ?? temporary ?? "", operation: "upload", errno: error.errno)
        }
        size += bytes.count
    }

    /// Moves the received file into place; returns its path and size.
    mutating func finish() throws -> (String, Int) {
        let name = (filename.map { ($0 as NSString).lastPathComponent } ?? "").isEmpty ? "upload" : (filename! as NSString).lastPathComponent
        let target = destination.map { FileRoutes.resolve($0, context) } ?? FileSystem.join(FileTransfer.defaultUploadDirectory, name)
        close(descriptor)
        descriptor = -1
        guard let temporary else { throw FileFailure.make(target, operation: "upload", message: "no file received", type: "io_error") }
        do {
            try FileSystem.makeParents(of: target)
        } catch {
            throw FileFailure.system(target, operation: "upload", errno: error.errno)
        }
        if rename(temporary, target) != 0 {
            let code = errno
            guard code == EXDEV else { throw FileFailure.system(target, operation: "upload", errno: code) }
            try copy(temporary, to: target)
            unlink(temporary)
        }
        self.temporary = nil
        return (target, size)
    }

    private func copy(_ source: String, to target: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        defer { close(input) }
        let output: Int32
        do {
            output = try FileSystem.openFile(target, O_WRONLY | O_CREAT | O_TRUNC)
        } catch {
            throw FileFailure.system(target, operation: "upload", errno: error.errno)
        }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: FileSystem.chunkBytes)
        while true {
            let count = read(input, &buffer, buffer.count)
            if count <= 0 { break }
            do {
                try FileSystem.writeAll(output, buffer[0..<count])
            } catch {
                throw FileFailure.system(target, operation: "upload", errno: error.errno)
            }
        }
    }

    /// Removes the temporary file of an upload that did not finish.
    mutating func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if let temporary { unlink(temporary) }
        temporary = nil
    }
}
