import Foundation

/// Listing the files of a folder tree (asset folders, template sets).
public enum FileTree {
    /// Every regular file below `root`, as `/`-separated paths relative to it, sorted. Hidden
    /// files and folders are skipped; a root that is a symbolic link is followed.
    public static func regularFiles(under root: URL) -> [String] {
        paths(under: root, key: .isRegularFileKey) { $0.isRegularFile }
    }

    /// Every symbolic link below `root`, listed like `regularFiles`; links are not followed.
    public static func symbolicLinks(under root: URL) -> [String] {
        paths(under: root, key: .isSymbolicLinkKey) { $0.isSymbolicLink }
    }

    /// The entries below `root` whose resource value `key` is true, relative to it, sorted.
    private static func paths(under root: URL, key: URLResourceKey, _ value: (URLResourceValues) -> Bool?) -> [String] {
        let base = root.resolvingSymlinksInPath().standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [key],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [key])).flatMap(value) == true {
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { paths.append(String(path.dropFirst(prefix.count))) }
        }
        return paths.sorted()
    }
}
