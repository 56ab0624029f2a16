import Glibc
import PaddockCore

/// An flock(2) on the image store's lock file, shared by processes that add images and exclusive
/// for garbage collection, so a collection never deletes the blobs of an image still being added.
final class ImageStoreLock {
    private let fd: Int32

    init(path: String, exclusive: Bool) throws {
        fd = try systemCall("open", subject: path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600) }
        do {
            _ = try systemCall("flock", subject: path) { flock(fd, exclusive ? LOCK_EX : LOCK_SH) }
        } catch {
            close(fd)
            throw error
        }
    }

    deinit {
        close(fd)
    }
}
