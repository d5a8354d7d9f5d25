import JourneyModel

/// The stages of a journey at two sides, paired: by slug first, then by name among the rest.
struct StageMatching {
    /// Pairs of stage indices (base, head); an index is nil for a stage only one side has.
    /// In head order, then the base's stages that are gone, in base order.
    var pairs: [(base: Int?, head: Int?)]
    /// What happened to the stages: added, removed, renamed, moved.
    var changes: [StageChange]

    init(base: [Stage], head: [Stage]) {
        var headToBase = [Int?](repeating: nil, count: head.count)
        var taken = Set<Int>()
        let baseBySlug = Dictionary(base.enumerated().map { ($1.slug, $0) }) { first, _ in first }
        for (index, stage) in head.enumerated() {
            if let match = baseBySlug[stage.slug], !taken.contains(match) {
                headToBase[index] = match
                taken.insert(match)
            }
        }
        for (index, stage) in head.enumerated() where headToBase[index] == nil {
            let name = stage.name.lowercased()
            if let match = base.indices.first(where: { !taken.contains($0) && base[$0].name.lowercased() == name }) {
                headToBase[index] = match
                taken.insert(match)
            }
        }
        pairs = headToBase.enumerated().map { ($1, $0) } + base.indices.filter { !taken.contains($0) }.map { ($0, nil) }

        func item(_ stage: Stage) -> NamedItem { NamedItem(slug: stage.slug, name: stage.name) }
        let matched = pairs.compactMap { pair in pair.base.flatMap { base in pair.head.map { (base, $0) } } }
        let staying = Self.longestIncreasing(matched.map(\.0))
        let baseOrder = matched.map(\.0).sorted()
        var changes: [StageChange] = []
        for pair in pairs {
            switch (pair.base, pair.head) {
            case (nil, let index?):
                changes.append(.added(item(head[index]), position: index + 1))
            case (let index?, nil):
                changes.append(.removed(item(base[index]), position: index + 1))
            case (let before?, let after?):
                if let renamed = Change.of(item(base[before]), item(head[after])) { changes.append(.renamed(renamed)) }
                if !staying.contains(before), let rank = matched.firstIndex(where: { $0.0 == before }),
                   let baseRank = baseOrder.firstIndex(of: before) {
                    changes.append(.moved(item(head[after]), Change(before: baseRank + 1, after: rank + 1)))
                }
            case (nil, nil): break
            }
        }
        self.changes = changes
    }

    /// The members of one longest strictly increasing subsequence of `values`: the stages that
    /// kept their order, so that the others are the ones that moved.
    static func longestIncreasing(_ values: [Int]) -> Set<Int> {
        guard !values.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: values.count)
        var previous = [Int?](repeating: nil, count: values.count)
        for index in values.indices {
            for earlier in 0..<index where values[earlier] < values[index] && length[earlier] + 1 > length[index] {
                length[index] = length[earlier] + 1
                previous[index] = earlier
            }
        }
        var members = Set<Int>()
        var cursor: Int? = length.indices.max { length[$0] < length[$1] }
        while let index = cursor {
            members.insert(values[index])
            cursor = previous[index]
        }
        return members
    }
}
