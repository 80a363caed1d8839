/// Generates a synthetic architecture model of framework 2.0 with any number of components.
///
/// The model is valid (the schema accepts it) and meant to give no findings: components come
/// in roadmap order (the first 40 % existing and built in phase 1, the next 30 % in progress
/// in phase 2, the rest planned for phase 3); each depends on one to four earlier components,
/// so the graph is acyclic and no dependency is delivered after its dependant; the foundation
/// and every kind the framework requires come first, with the links it requires; national
/// systems are linked only once available, through the LGSP where the framework says so; the
/// indicators are met. The same seed always gives the same bytes.
struct ModelGenerator {
  /// The number of components.
  var componentCount: Int
  /// The seed of the pseudo-random choices.
  var seed: UInt64
  /// The province the model is named after.
  var province: Province
  /// The model id; the province's id by default.
  var modelID: String

  /// The date the statuses are recorded at.
  static let asOf = "2023-12-28"
  /// The first year of each phase, and the roadmap's last year.
  static let phaseStarts = [2021, 2023, 2026]
  static let until = 2030

  /// Creates a generator.
  init(componentCount: Int, seed: UInt64, province: Province, modelID: String? = nil) {
    self.componentCount = max(1, componentCount)
    self.seed = seed
    self.province = province
    self.modelID = modelID ?? province.id
  }

  /// The phase (1, 2 or 3) of the component at `index`.
  func phase(ofComponentAt index: Int) -> Int {
    let (firstEnd, secondEnd) = phaseBoundaries
    return index < firstEnd ? 1 : index < secondEnd ? 2 : 3
  }

  private var phaseBoundaries: (Int, Int) {
    let first = max(min(componentCount, KindMix.foundation.count), componentCount * 4 / 10)
    return (first, max(first, componentCount * 7 / 10))
  }

  /// The id of the component at `index` of kind `kind`.
  static func componentID(_ index: Int, kind: String) -> String {
    "\(kind)-\(index + 1)"
  }

  /// The model's bytes.
  func generate() -> [UInt8] {
    var random = SplitMix64(seed: seed)
    var out = XMLByteWriter(capacity: componentCount * 420 + 4096)
    writeHeader(&out, &random)
    let plan = writeComponents(&out, &random)
    writeRoadmap(&out, &random, plan)
    writeIndicators(&out, &random, plan)
    if componentCount > 4 {
      out.raw("  <suppressions>\n    <suppress rule=\"roadmap/overdue\"")
      out.attribute("component", plan.id(4))
      out.attribute("reason", "Nhiệm vụ được theo dõi riêng trong kế hoạch chuyển đổi số hằng năm")
      out.raw("/>\n  </suppressions>\n")
    }
    out.raw("</architecture>\n")
    return out.bytes
  }

  /// What the roadmap and the indicators need to know about the components.
  private struct Plan {
    /// Each component's profile index in `KindMix.profiles`.
    var kinds: [Int]
    /// Each component's owner index in `GeneratedWording.agencies`.
    var owners: [Int]

    func id(_ index: Int) -> String {
      ModelGenerator.componentID(index, kind: KindMix.profiles[kinds[index]].kind)
    }
  }

  private func writeHeader(_ out: inout XMLByteWriter, _ random: inout SplitMix64) {
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<architecture xmlns=\"urn:egovarch:architecture:1\"\n")
    out.raw("             ")
    out.attribute("id", modelID)
    out.attribute("province", province.name)
    out.raw(" framework=\"2.0\" edition=\"2.0\"")
    out.attribute("decision", "\(100 + random.below(3900))/QĐ-UBND")
    out.raw(" approved=\"2021-03-15\" asOf=\"\(Self.asOf)\">\n  <title>")
    out.escaped("Kiến trúc Chính quyền điện tử tỉnh \(province.name), phiên bản 2.0")
    out.raw("</title>\n  <description>")
    out.escaped(
      "Mô hình tổng hợp gồm \(componentCount) thành phần, do egovarch-bench sinh ra (seed \(seed)) để đo hiệu năng; không mô tả hệ thống thật của tỉnh."
    )
    out.raw("</description>\n\n  <components>\n")
  }

  private func writeComponents(_ out: inout XMLByteWriter, _ random: inout SplitMix64) -> Plan {
    let profiles = KindMix.profiles
    let profileIndex = Dictionary(uniqueKeysWithValues: profiles.enumerated().map { ($1.kind, $0) })
    let lgsp = profileIndex["lgsp"]!
    var instances = [[Int]](repeating: [], count: profiles.count)
    var plan = Plan(kinds: [], owners: [])
    plan.kinds.reserveCapacity(componentCount)
    plan.owners.reserveCapacity(componentCount)
    let anyKind = WeightedChoice(profiles.map(\.weight))
    let lateKind = WeightedChoice(profiles.map { $0.early ? 0 : $0.weight })
    let statuses = ["existing", "in-progress", "planned"]
    var dependencies: [Int] = []
    for index in 0..<componentCount {
      let phase = self.phase(ofComponentAt: index)
      let kind =
        index < KindMix.foundation.count
        ? profileIndex[KindMix.foundation[index]]! : (phase == 1 ? anyKind : lateKind).pick(&random)
      let profile = profiles[kind]
      let owner = random.below(GeneratedWording.agencies.count)
      plan.kinds.append(kind)
      plan.owners.append(owner)

      // One to four earlier components: the preferred kinds first, then any earlier one.
      dependencies.removeAll(keepingCapacity: true)
      let wanted = min(index, [1, 2, 2, 3, 3, 4, 2, 1, 3, 2][random.below(10)])
      for target in profile.dependsOn where dependencies.count < wanted {
        let candidates = instances[profileIndex[target]!]
        guard !candidates.isEmpty else { continue }
        let chosen = candidates[random.below(candidates.count)]
        if !dependencies.contains(chosen) { dependencies.append(chosen) }
      }
      var attempts = 0
      while dependencies.count < wanted && attempts < 8 {
        attempts += 1
        let chosen = random.below(index)
        if !dependencies.contains(chosen) { dependencies.append(chosen) }
      }

      let description =
        random.chance(8) ? GeneratedWording.descriptions[random.below(GeneratedWording.descriptions.count)] : nil
      let viaLGSP = kind == lgsp || dependencies.contains { plan.kinds[$0] == lgsp }
      let lastYear = phase < 3 ? Self.phaseStarts[phase] - 1 : Self.until
      var national = profile.requiredNational
      for link in profile.optionalNational where national.count < 3 && random.chance(15) {
        national.append(link)
      }
      national.removeAll {
        KindMix.nationalAvailability[$0.system]! > lastYear || (!viaLGSP && KindMix.reachedThroughLGSP($0.system))
      }

      out.raw("    <component")
      out.attribute("id", Self.componentID(index, kind: profile.kind))
      out.raw(" kind=\"\(profile.kind)\"")
      out.attribute("name", "\(profile.name) – \(GeneratedWording.agencies[owner]) (số \(index + 1))")
      if profile.kind == "sector-application" && random.chance(20) { out.raw(" scope=\"district\"") }
      out.raw(" status=\"\(statuses[phase - 1])\"")
      out.attribute("owner", GeneratedWording.agencies[owner])
      if description == nil && national.isEmpty && dependencies.isEmpty {
        out.raw("/>\n")
        instances[kind].append(index)
        continue
      }
      out.raw(">\n")
      if let description {
        out.raw("      <description>")
        out.escaped(description)
        out.raw("</description>\n")
      }
      for link in national {
        out.raw("      <dependsOn ref=\"national:\(link.system)\" type=\"\(link.type)\"/>\n")
      }
      for target in dependencies {
        let targetKind = profiles[plan.kinds[target]].kind
        out.raw("      <dependsOn ref=\"\(Self.componentID(target, kind: targetKind))\"")
        out.raw(" type=\"\(KindMix.type(of: targetKind))\"/>\n")
      }
      out.raw("    </component>\n")
      instances[kind].append(index)
    }
    out.raw("  </components>\n\n")
    return plan
  }

  private func writeRoadmap(_ out: inout XMLByteWriter, _ random: inout SplitMix64, _ plan: Plan) {
    let (firstEnd, secondEnd) = phaseBoundaries
    let ranges = [0..<firstEnd, firstEnd..<secondEnd, secondEnd..<componentCount]
    let taskStatuses = ["done", "in-progress", "not-started"]
    let alternativeActions = ["upgrade", "integrate", "upgrade"]
    out.raw("  <roadmap until=\"\(Self.until)\">\n")
    for (phase, range) in ranges.enumerated() {
      out.raw("    <phase number=\"\(phase + 1)\" start=\"\(Self.phaseStarts[phase])\"")
      out.attribute("title", GeneratedWording.phaseTitles[phase])
      out.raw(">\n")
      let status = taskStatuses[phase]
      for index in range {
        let action = random.chance(15) ? alternativeActions[phase] : "build"
        out.raw("      <task action=\"\(action)\" component=\"\(plan.id(index))\" status=\"\(status)\"")
        out.attribute("owner", GeneratedWording.agencies[plan.owners[index]])
        if random.chance(30) { out.raw(" budget=\"\(100 + random.below(20_000))\"") }
        if random.chance(20) {
          out.raw(">")
          out.escaped("Triển khai \(KindMix.profiles[plan.kinds[index]].name.lowercasedFirst)")
          out.raw("</task>\n")
        } else {
          out.raw("/>\n")
        }
      }
      for number in 0..<max(1, range.count / 2_000) {
        let (action, text) = GeneratedWording.crossCuttingTasks[(number + phase) % 4]
        out.raw("      <task action=\"\(action)\" status=\"\(status)\" owner=\"Sở Nội vụ\">")
        out.escaped(text)
        out.raw("</task>\n")
      }
      out.raw("    </phase>\n")
    }
    out.raw("  </roadmap>\n\n")
  }

  private func writeIndicators(_ out: inout XMLByteWriter, _ random: inout SplitMix64, _ plan: Plan) {
    let (firstEnd, secondEnd) = phaseBoundaries
    out.raw("  <indicators>\n")
    for number in 0..<max(3, componentCount / 500) {
      let (unit, direction, name) = GeneratedWording.indicators[number % GeneratedWording.indicators.count]
      // Components of phase 1 are existing: their targets are due and met. Those of phase 2
      // are delivered by 2025, in time for a 2025 deadline.
      let inFirstPhase = secondEnd == firstEnd || random.chance(50)
      let component =
        inFirstPhase ? random.below(firstEnd) : firstEnd + random.below(secondEnd - firstEnd)
      let target: String
      let actual: String
      switch unit {
      case "percent":
        let value = 50 + random.below(46)
        (target, actual) = ("\(value)", "\(value + random.below(5))")
      case "count": (target, actual) = ("10", "\(random.below(11))")
      default: (target, actual) = ("true", "true")
      }
      out.raw("    <indicator id=\"kpi-\(number + 1)\"")
      out.attribute("name", name)
      out.raw(" unit=\"\(unit)\" direction=\"\(direction)\" target=\"\(target)\" actual=\"\(actual)\"")
      out.raw(" deadline=\"\(inFirstPhase ? "2023-12-31" : "2025-12-31")\" source=\"17/NQ-CP\"")
      out.raw(" component=\"\(plan.id(component))\"/>\n")
    }
    out.raw("  </indicators>\n\n")
  }
}

extension String {
  /// The string with its first letter in lower case.
  fileprivate var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
