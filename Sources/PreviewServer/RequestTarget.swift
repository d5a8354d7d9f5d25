import JourneyModel

/// Which file of the output folder a request names, when it may name one at all.
enum RequestTarget {
    /// The path of a request target, as sent: the target up to its query or fragment.
    static func path(of target: String) -> String {
        String(target.prefix { $0 != "?" && $0 != "#" })
    }

    /// The file that `target` (the request's path, still percent-encoded) asks for, relative to
    /// the output folder, with `index.html` added to a folder's path. Nil when the target is
    /// refused: it does not start with `/`; it has a percent-encoded dot, slash or backslash, or
    /// a broken escape; or once decoded it holds a backslash, a NUL, an empty, `.` or `..`
    /// segment, or a hidden name.
    static func filePath(_ target: String) -> String? {
        let lowered = target.lowercased()
        guard target.hasPrefix("/"), !["%2e", "%2f", "%5c"].contains(where: { lowered.contains($0) }),
              let decoded = target.removingPercentEncoding else { return nil }
        var path = String(decoded.dropFirst())
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        guard OutputFile.isSafePath(path), !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else {
            return nil
        }
        return path
    }
}
