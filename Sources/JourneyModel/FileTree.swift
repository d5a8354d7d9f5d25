import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Listing the files of a folder tree (content, asset folders, template sets).
///
/// Read with `opendir`/`readdir`: Foundation's enumerator asks for resource values through
/// `URL` for every entry, which was the largest cost of a no-op build of 10 000 notes.
public enum FileTree {
    /// Every regular file below `root`, as `/`-separated paths relative to it, sorted. Hidden
    /// files and folders are skipped; a root that is a symbolic link is followed, links below it
    /// are not.
    public static func regularFiles(under root: URL) -> [String] {
        entries(under: root, kind: .regularFile)
    }

    /// Every symbolic link below `root`, listed like `regularFiles`; links are not followed.
    public static func symbolicLinks(under root: URL) -> [String] {
        entries(under: root, kind: .symbolicLink)
    }

    /// The names in one folder, hidden ones skipped, sorted, each with whether it is a folder
    /// (a symbolic link counts as what it leads to). Empty when the folder cannot be read.
    public static func children(of folder: URL) -> [(name: String, isFolder: Bool)] {
        let path = folder.path
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var children: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = self.name(of: entry)
            guard !name.hasPrefix(".") else { continue }
            var isFolder = entry.pointee.d_type == DT_DIR
            if entry.pointee.d_type == DT_LNK || entry.pointee.d_type == DT_UNKNOWN {
                var info = stat()
                isFolder = stat("\(path)/\(name)", &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            children.append((name, isFolder))
        }
        return children.sorted { $0.name < $1.name }
    }

    private enum Kind {
        case regularFile, symbolicLink, folder, other
    }

    private static func entries(under root: URL, kind wanted: Kind) -> [String] {
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? base : "\(base)/\(relative)"
            guard let directory = opendir(folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = self.name(of: entry)
                guard !name.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                switch kind(of: entry.pointee.d_type, at: "\(base)/\(path)") {
                case .folder: pending.append(path)
                case wanted: found.append(path)
                default: break
                }
            }
        }
        return found.sorted()
    }

    private static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
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
