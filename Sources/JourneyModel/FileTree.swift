import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Listing the files of a folder tree (content, asset folders, template sets).
///
/// Read with `opendir`/`readdir`: Foundation's enumerator asks for resource values through
/// `URL` for every entry, which was the largest cost of a no-op build of 10 000 notes. Hidden
/// files and folders (names starting with `.`) are always skipped.
public enum FileTree {
    /// The regular files and the symbolic links below a folder, as `/`-separated paths
    /// relative to it, each list sorted.
    public struct Listing: Sendable, Equatable {
        public var files: [String] = []
        public var links: [String] = []
    }

    /// Every regular file and symbolic link below `root`; a root that is a symbolic link is
    /// followed, links below it are not.
    public static func listing(under root: URL) -> Listing {
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        var listing = Listing()
        var pending = [""]
        while let relative = pending.popLast() {
            forEachEntry(in: relative.isEmpty ? base : "\(base)/\(relative)") { name, kind in
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                switch kind {
                case .folder: pending.append(path)
                case .regularFile: listing.files.append(path)
                case .symbolicLink: listing.links.append(path)
                case .other: break
                }
            }
        }
        listing.files.sort()
        listing.links.sort()
        return listing
    }

    /// Every regular file below `root`, as `listing(under:)` finds them.
    public static func regularFiles(under root: URL) -> [String] { listing(under: root).files }

    /// Every symbolic link below `root`, as `listing(under:)` finds them.
    public static func symbolicLinks(under root: URL) -> [String] { listing(under: root).links }

    /// An entry of a folder: its name, whether it is a folder (a symbolic link counts as what
    /// it leads to), and whether it is a symbolic link.
    public struct Child: Sendable, Equatable {
        public var name: String
        public var isFolder: Bool
        public var isLink: Bool
    }

    /// Whether `path` is a folder, or a symbolic link to one.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The entries of one folder, sorted by name. Empty when the folder cannot be read.
    public static func children(of folder: URL) -> [Child] {
        var children: [Child] = []
        forEachEntry(in: folder.path) { name, kind in
            var isFolder = kind == .folder
            if kind == .symbolicLink {
                isFolder = Self.isFolder("\(folder.path)/\(name)")
            }
            children.append(Child(name: name, isFolder: isFolder, isLink: kind == .symbolicLink))
        }
        return children.sorted { $0.name < $1.name }
    }

    private enum Kind {
        case regularFile, symbolicLink, folder, other
    }

    /// Calls `body` with the name and kind of each entry of `folder` but hidden ones, in the
    /// order the file system gives them; nothing when the folder cannot be read.
    private static func forEachEntry(in folder: String, _ body: (String, Kind) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            body(name, kind(of: entry.pointee.d_type, at: "\(folder)/\(name)"))
        }
    }

    /// The kind of an entry, from `readdir`'s type or, when the file system does not say, `lstat`.
    private static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .regularFile
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return .symbolicLink
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .regularFile
            case S_IFDIR: return .folder
            case S_IFLNK: return .symbolicLink
            default: return .other
            }
        default: return .other
        }
    }
}
