import Foundation

/// Listing the files of a folder tree (asset folders, template sets).
public enum FileTree {
    /// Every regular file below `root`, as `/`-separated paths relative to it, sorted. Hidden
    /// files and folders are skipped; a root that is a symbolic link is followed.
    public static func regularFiles(under root: URL) -> [String] {
        let base = root.resolvingSymlinksInPath().standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        var files: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { files.append(String(path.dropFirst(prefix.count))) }
        }
        return files.sorted()
    }
}
