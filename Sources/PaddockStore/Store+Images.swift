import Foundation
import PaddockCore

extension Store {
    static let imageColumns = "digest, media_type, config_digest, config, platform, size, source, created_at"

    /// Stores an image (unless one with the same digest exists) and points `names` at it, taking each
    /// name away from any other image. Returns the image as stored.
    @discardableResult
    public func putImage(_ record: ImageRecord, names: [String]) throws -> ImageRecord {
        try withConnection("storing image \(record.digest)") { connection in
            try connection.transaction {
                let exists = try connection.prepare("SELECT 1 FROM images WHERE digest = ?").rows([record.digest]) { _ in
                    true
                }
                if exists.isEmpty {
                    try Store.insertImage(record, connection)
                }
                let now = Date()
                for name in names {
                    let sql = """
                        INSERT INTO image_names (name, image_digest, updated_at) VALUES (?, ?, ?)
                        ON CONFLICT (name) DO UPDATE SET image_digest = excluded.image_digest,
                        updated_at = excluded.updated_at
                        """
                    try connection.prepare(sql).run([name, record.digest, now])
                }
                try Store.deleteUnnamedImages(connection, keeping: record.digest)
                return try Store.fetchImage(digest: record.digest, connection)!
            }
        }
    }

    /// Returns every image with its names, newest first.
    public func listImages() throws -> [ImageRecord] {
        try withConnection("listing images") { connection in
            let sql = "SELECT \(Store.imageColumns) FROM images ORDER BY created_at DESC, rowid DESC"
            return try connection.prepare(sql).rows([], Store.readImage).map { try Store.complete($0, connection) }
        }
    }

    /// Returns the image that `name` points at, or nil.
    public func image(named name: String) throws -> ImageRecord? {
        try withConnection("reading image '\(name)'") { connection in
            let digests = try connection.prepare("SELECT image_digest FROM image_names WHERE name = ?").rows([name]) {
                $0.string(0)
            }
            guard let digest = digests.first else { return nil }
            return try Store.fetchImage(digest: digest, connection)
        }
    }

    /// Returns the image with this manifest digest, or nil.
    public func image(digest: String) throws -> ImageRecord? {
        try withConnection("reading image \(digest)") { connection in
            try Store.fetchImage(digest: digest, connection)
        }
    }

    /// Removes the name; the image goes too once no name points at it. Returns the digest of an
    /// image that was removed, or nil when other names still keep it.
    ///
    /// - Throws: `.notFound` when no image has this name.
    @discardableResult
    public func removeImageName(_ name: String) throws -> String? {
        try withConnection("removing image name '\(name)'") { connection in
            try connection.transaction {
                let digests = try connection.prepare("SELECT image_digest FROM image_names WHERE name = ?").rows([
                    name
                ]) { $0.string(0) }
                guard let digest = digests.first else {
                    throw PaddockError(.notFound, "no image is named '\(name)'; run 'paddock image list' to see them")
                }
                try connection.prepare("DELETE FROM image_names WHERE name = ?").run([name])
                let remaining = try connection.prepare("SELECT count(*) FROM image_names WHERE image_digest = ?").rows(
                    [digest]
                ) { $0.int(0) }
                guard remaining.first == 0 else { return nil }
                try connection.prepare("DELETE FROM images WHERE digest = ?").run([digest])
                return digest
            }
        }
    }

    /// Removes an image and every name that points at it.
    ///
    /// - Throws: `.notFound` when no image has this digest.
    public func removeImage(digest: String) throws {
        try withConnection("removing image \(digest)") { connection in
            try connection.prepare("DELETE FROM images WHERE digest = ?").run([digest])
            guard connection.changes > 0 else {
                throw PaddockError(.notFound, "no image has digest \(digest); run 'paddock image list' to see them")
            }
        }
    }

    /// Returns the digests of every blob (manifest, config, layer) that a stored image needs.
    public func referencedImageBlobs() throws -> Set<String> {
        try withConnection("listing the blobs that images use") { connection in
            let sql = """
                SELECT digest FROM images UNION SELECT config_digest FROM images
                UNION SELECT digest FROM image_layers
                """
            return Set(try connection.prepare(sql).rows([]) { $0.string(0) })
        }
    }

    private static func insertImage(_ record: ImageRecord, _ connection: Connection) throws {
        let sql = "INSERT INTO images (\(imageColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        try connection.prepare(sql).run([
            record.digest, record.mediaType, record.configDigest, record.config, record.platform, record.size,
            record.source, record.createdAt,
        ])
        let layerSQL = "INSERT INTO image_layers (image_digest, position, digest, media_type, size) VALUES (?, ?, ?, ?, ?)"
        let statement = try connection.prepare(layerSQL)
        for (position, layer) in record.layers.enumerated() {
            try statement.run([record.digest, position, layer.digest, layer.mediaType, layer.size])
        }
    }

    /// Deletes images that lost their last name to a newer image, keeping the one just stored.
    private static func deleteUnnamedImages(_ connection: Connection, keeping digest: String) throws {
        let sql = """
            DELETE FROM images WHERE digest != ?
            AND NOT EXISTS (SELECT 1 FROM image_names WHERE image_names.image_digest = images.digest)
            """
        try connection.prepare(sql).run([digest])
    }

    private static func fetchImage(digest: String, _ connection: Connection) throws -> ImageRecord? {
        let sql = "SELECT \(imageColumns) FROM images WHERE digest = ?"
        guard let record = try connection.prepare(sql).rows([digest], readImage).first else { return nil }
        return try complete(record, connection)
    }

    private static func complete(_ record: ImageRecord, _ connection: Connection) throws -> ImageRecord {
        var record = record
        let layerSQL = "SELECT digest, media_type, size FROM image_layers WHERE image_digest = ? ORDER BY position"
        record.layers = try connection.prepare(layerSQL).rows([record.digest]) { row in
            ImageRecord.Layer(digest: row.string(0), mediaType: row.string(1), size: row.int64(2))
        }
        record.names = try connection.prepare("SELECT name FROM image_names WHERE image_digest = ? ORDER BY name").rows(
            [record.digest]
        ) { $0.string(0) }
        return record
    }

    private static func readImage(_ row: Statement) -> ImageRecord {
        ImageRecord(
            digest: row.string(0), mediaType: row.string(1), configDigest: row.string(2), config: row.string(3),
            platform: row.string(4), size: row.int64(5), source: row.string(6), createdAt: row.date(7), layers: [])
    }
}
