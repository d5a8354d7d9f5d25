/// A name looked up in objects, with a hash computed once so lookups compare integers first.
///
/// The hash is FNV-1a over the UTF-8 bytes: deterministic, so a key compiled into a template
/// and a key stored in a ``TemplateObject`` always agree.
struct HashedKey: Sendable {
    let name: String
    let hash: UInt64

    init(_ name: String) {
        self.name = name
        self.hash = HashedKey.hash(name)
    }

    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
