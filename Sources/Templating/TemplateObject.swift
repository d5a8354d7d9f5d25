/// An object of a template's context: ordered (key, value) pairs with a fast lookup by key.
///
/// Keys keep the order they were first given in. Each key's hash is computed when it is stored,
/// so a lookup compares 64-bit integers; objects with more than ``indexedCount`` keys also
/// keep an open-addressing index, so a lookup in them takes constant time.
public struct TemplateObject: Sendable {
    /// Objects with more keys than this get a hash index; smaller ones are scanned, which is faster for them.
    static let indexedCount = 24

    private var storage: Storage

    /// An object with `pairs` in order; a repeated key replaces the earlier value and keeps its place.
    public init(_ pairs: [(String, TemplateValue)]) {
        storage = Storage(capacity: pairs.count)
        for (key, value) in pairs {
            storage.set(HashedKey(key), value)
        }
    }

    /// The number of keys.
    public var count: Int { storage.keys.count }

    /// The keys, in order.
    public var keys: [String] { storage.keys }

    /// The keys and their values, in order.
    var pairs: Zip2Sequence<[String], [TemplateValue]> { zip(storage.keys, storage.values) }

    /// The value stored under `key`; setting `nil` removes the key.
    public subscript(key: String) -> TemplateValue? {
        get { self[HashedKey(key)] }
        set {
            if !isKnownUniquelyReferenced(&storage) {
                storage = storage.copy()
            }
            if let newValue {
                storage.set(HashedKey(key), newValue)
            } else {
                storage.remove(HashedKey(key))
            }
        }
    }

    @inline(__always)
    subscript(key: HashedKey) -> TemplateValue? {
        guard let index = storage.index(of: key) else { return nil }
        return storage.values[index]
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// An object with the literal's pairs, in the order written.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }
}

extension TemplateObject {
    /// Keys, their hashes and values in parallel arrays, plus the index of large objects.
    ///
    /// Mutated only through a uniquely referenced ``TemplateObject`` (copy on write), so it is
    /// never changed while shared between threads.
    final class Storage: @unchecked Sendable {
        // Unchecked: the dynamic exclusivity checks of class properties cost a fifth of a render,
        // and these are only mutated through a uniquely referenced object.
        @exclusivity(unchecked) private(set) var keys: [String] = []
        @exclusivity(unchecked) private(set) var hashes: [UInt64] = []
        @exclusivity(unchecked) private(set) var values: [TemplateValue] = []
        /// Open addressing: slot → position + 1, 0 for an empty slot. Empty while the object is small.
        @exclusivity(unchecked) private var slots: [Int32] = []

        init(capacity: Int) {
            keys.reserveCapacity(capacity)
            hashes.reserveCapacity(capacity)
            values.reserveCapacity(capacity)
        }

        func copy() -> Storage {
            let copy = Storage(capacity: 0)
            copy.keys = keys
            copy.hashes = hashes
            copy.values = values
            copy.slots = slots
            return copy
        }

        @inline(__always)
        func index(of key: HashedKey) -> Int? {
            if slots.isEmpty {
                return hashes.withUnsafeBufferPointer { hashes in
                    for index in hashes.indices where hashes[index] == key.hash && keys[index] == key.name {
                        return index
                    }
                    return nil
                }
            }
            return slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = Storage.slot(for: key.hash, mask: mask)
                while true {
                    let entry = Int(slots[slot])
                    if entry == 0 { return nil }
                    if hashes[entry - 1] == key.hash && keys[entry - 1] == key.name { return entry - 1 }
                    slot = (slot + 1) & mask
                }
            }
        }

        func set(_ key: HashedKey, _ value: TemplateValue) {
            if let index = index(of: key) {
                values[index] = value
                return
            }
            keys.append(key.name)
            hashes.append(key.hash)
            values.append(value)
            if keys.count > TemplateObject.indexedCount {
                if slots.count < keys.count * 2 {
                    rebuildSlots()
                } else {
                    insertSlot(keys.count - 1)
                }
            }
        }

        func remove(_ key: HashedKey) {
            guard let index = index(of: key) else { return }
            keys.remove(at: index)
            hashes.remove(at: index)
            values.remove(at: index)
            slots = []
            if keys.count > TemplateObject.indexedCount {
                rebuildSlots()
            }
        }

        private func rebuildSlots() {
            var size = 64
            while size < keys.count * 4 { size *= 2 }
            slots = Array(repeating: 0, count: size)
            for index in keys.indices {
                insertSlot(index)
            }
        }

        private func insertSlot(_ index: Int) {
            let mask = slots.count - 1
            var slot = Storage.slot(for: hashes[index], mask: mask)
            while slots[slot] != 0 {
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(index + 1)
        }

        @inline(__always)
        private static func slot(for hash: UInt64, mask: Int) -> Int {
            Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        }
    }
}
