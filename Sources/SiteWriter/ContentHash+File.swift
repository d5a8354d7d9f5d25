import JourneyModel

extension ContentHash {
    /// The fingerprint of a file's bytes, or nil when it cannot be read.
    public static func ofFile(_ path: String) -> UInt64? {
        POSIXFile.read(path).map { of($0) }
    }
}
