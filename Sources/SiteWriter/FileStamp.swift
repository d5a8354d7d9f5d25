#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says of a regular file without reading it: size, modification and
/// status-change times to the nanosecond, and inode, as git keeps them. A tool that writes a file
/// in place and sets its modification time back still changes its status-change time.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    /// Status-change time (ctime) in nanoseconds since 1970: set by the system at every write.
    public var changed: Int64
    public var inode: UInt64

    /// The stamp of the regular file at `path` (symbolic links not followed), or nil.
    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int64(info.st_size)
        #if canImport(Glibc)
        modified = Self.nanoseconds(info.st_mtim)
        changed = Self.nanoseconds(info.st_ctim)
        #else
        modified = Self.nanoseconds(info.st_mtimespec)
        changed = Self.nanoseconds(info.st_ctimespec)
        #endif
        inode = UInt64(info.st_ino)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// The stamp as text, for the build cache: `size:modified:changed:inode`.
    public var text: String { "\(size):\(modified):\(changed):\(inode)" }
}
