import JourneyAnalysis
import JourneyModel

/// A row of the journey map after the curve: which lane it is, in the order the site or the
/// journey sets (`lanes:`), and for a lane of the site's own, its title and cells.
struct MapLane: Encodable {
    let slot: LaneSlot
    /// The title and each stage's cell of a lane of the site's own; nil for a built-in lane.
    let custom: CustomLaneRow?

    private enum Keys: String, CodingKey {
        case isFeeling, isActions, isThoughts, isTouchpoints, isSteps, isPainPoints, isOpportunities, isVerbatims, isFeedback, isChanges
        case custom
    }

    /// One flag per built-in lane, all given so that none is looked up in the page around it.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        let flags: [(BuiltinLane, Keys)] = [(.feeling, .isFeeling), (.actions, .isActions), (.thoughts, .isThoughts),
                                            (.touchpoints, .isTouchpoints), (.steps, .isSteps), (.painPoints, .isPainPoints),
                                            (.opportunities, .isOpportunities), (.verbatims, .isVerbatims), (.feedback, .isFeedback),
                                            (.changes, .isChanges)]
        for (lane, key) in flags { try container.encode(slot == .builtin(lane), forKey: key) }
        try container.encode(custom, forKey: .custom)
    }
}

/// A lane of the site's own on the map: its key, its title in the page's language, and a cell per stage.
struct CustomLaneRow: Encodable {
    let key: String
    let title: String
    let cells: [LaneCell]
}

/// What a stage writes in a lane of the site's own, as its kind shows it: texts, items, one
/// text or a metric; the others empty.
struct LaneCell: Encodable {
    let texts: [String]
    let items: [Item]
    let text: String?
    /// The number in the page's language, with the lane's unit.
    let metric: String?

    struct Item: Encodable {
        let text: String
        let owner: String?
        /// The status in words, and its key (`in-progress`).
        let status: String?
        let statusKey: String?
    }
}

/// A lane of the site's own on a stage's page: its title and what the stage writes in it.
struct LaneBox: Encodable {
    let key: String
    let title: String
    let cell: LaneCell
}

extension PageContext {
    /// The rows of a journey's map after the curve, in its lanes' order, the empty ones left out.
    func mapLanes(_ item: JourneyAnalysis, present: JourneyPageValues.Lanes) -> [MapLane] {
        let order = item.journey.laneOrder ?? site.laneOrder
        return order.compactMap { slot in
            switch slot {
            case .builtin(let lane):
                return present.has(lane) ? MapLane(slot: slot, custom: nil) : nil
            case .custom(let key):
                guard let lane = site.lanes.first(where: { $0.key == key }), item.journey.stages.contains(where: { $0.lanes[key] != nil }) else { return nil }
                return MapLane(slot: slot, custom: CustomLaneRow(key: key, title: lane.title(in: strings.language),
                                                                 cells: item.journey.stages.map { laneCell($0.lanes[key], unit: lane.unit) }))
            }
        }
    }

    /// The site's lanes a stage writes in, in the site's order, for its page.
    func laneBoxes(_ stage: Stage) -> [LaneBox] {
        site.lanes.compactMap { lane in
            stage.lanes[lane.key].map { LaneBox(key: lane.key, title: lane.title(in: strings.language), cell: laneCell($0, unit: lane.unit)) }
        }
    }

    private func laneCell(_ content: LaneContent?, unit: String?) -> LaneCell {
        var texts: [String] = [], items: [LaneCell.Item] = [], text: String?, metric: String?
        switch content {
        case .texts(let values): texts = values
        case .items(let values):
            items = values.map { LaneCell.Item(text: $0.text, owner: $0.owner, status: $0.status.map { strings["status_\($0.rawValue)"] },
                                               statusKey: $0.status?.rawValue) }
        case .text(let value): text = value
        case .metric(let value): metric = format.decimal(value, digits: 2) + (unit.map { " " + $0 } ?? "")
        case nil: break
        }
        return LaneCell(texts: texts, items: items, text: text, metric: metric)
    }
}
