#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says of a regular file without reading it: size, modification time to
/// the nanosecond, and inode. Any change of the file through the file system changes its stamp.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    public var inode: UInt64

    /// The stamp of the regular file at `path` (symbolic links not followed), or nil.
    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int64(info.st_size)
        #if canImport(Glibc)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #else
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
    }

    /// The stamp as text, for the build cache: `size:modified:inode`.
    public var text: String { "\(size):\(modified):\(inode)" }
}
