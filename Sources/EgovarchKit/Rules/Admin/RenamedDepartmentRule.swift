/// `admin/renamed-department`: an owner names the provincial Department of Information and
/// Communications, which was merged into the Department of Science and Technology on
/// 2025-03-01.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct RenamedDepartmentRule: Rule {
  /// The day the merged Department of Science and Technology began work: 1 March 2025 [S]
  /// (`law-since-2019.md` §4.1, sources N46 and N47).
  static let mergedOn = CalendarDate(year: 2025, month: 3, day: 1)!

  /// The basis: Decree 45/2025/NĐ-CP of 28 February 2025 on the provincial departments.
  ///
  /// In force 1 March 2025 [S] (N47). The move of cyber-information security to the police is reported
  /// in the press on the handover [S] (N46).
  static let basis = LocalizedText(
    en: "Decree 45/2025/ND-CP of 28/02/2025, in force 01/03/2025",
    vi: "Nghị định 45/2025/NĐ-CP ngày 28/02/2025, có hiệu lực từ ngày 01/03/2025")

  /// The ways owners name the Department of Information and Communications, as words
  /// (`String.nameWords` with diacritics folded, `&` read as `và`): "Sở Thông tin và Truyền
  /// thông", "Sở Thông tin - Truyền thông", "Sở TT&TT", "Sở TT-TT", "Sở TTTT", "STTTT", "STT&TT".
  static let names: [[String]] = [
    ["so", "thong", "tin", "va", "truyen", "thong"], ["so", "thong", "tin", "truyen", "thong"],
    ["so", "tt", "va", "tt"], ["so", "tt", "tt"], ["so", "tttt"], ["stttt"], ["stt", "va", "tt"],
  ]

  public static let description = RuleDescription(
    id: "admin/renamed-department", defaultSeverity: .note,
    summary: LocalizedText(
      en:
        "an owner is the Department of Information and Communications, merged into the Department of Science and Technology",
      vi: "cơ quan chủ trì là Sở Thông tin và Truyền thông, đã hợp nhất vào Sở Khoa học và Công nghệ"),
    rationale: LocalizedText(
      en:
        "since 1 March 2025 no province has a Department of Information and Communications: its digital-government duties belong to the Department of Science and Technology and its cyber-information security tasks to the provincial police, so work still assigned to it has to be reassigned",
      vi:
        "từ ngày 1/3/2025 không tỉnh nào còn Sở Thông tin và Truyền thông: nhiệm vụ chính quyền số thuộc Sở Khoa học và Công nghệ, nhiệm vụ an toàn thông tin mạng thuộc Công an tỉnh, nên công việc còn giao cho Sở cần được giao lại"
    ),
    details: LocalizedText(
      en: """
        When the validation date (`--as-of`, the model's `asOf`, else today) is 2025-03-01 or later, \
        each `owner` that names the Department of Information and Communications is reported at its \
        element, once: on a component that is not retired, and on a roadmap task that is neither done \
        nor cancelled. The owner names the Department when its words, in lower case, in NFC and with or \
        without diacritics, contain one of these (with `&` for `và` and any dash or space between \
        words):
        - `Sở Thông tin và Truyền thông`, `Sở Thông tin - Truyền thông`;
        - `Sở TT&TT`, `Sở TT và TT`, `Sở TT-TT`;
        - `Sở TTTT`, `STTTT`, `STT&TT`.

        An owner that names the Ministry (`Bộ Thông tin và Truyền thông`), retired components, done or \
        cancelled tasks, and everything before 2025-03-01 are not reported.
        """,
      vi: """
        Khi ngày đánh giá (`--as-of`, thuộc tính `asOf` của mô hình, nếu không có thì ngày hiện tại) \
        từ 2025-03-01 trở đi, mỗi thuộc tính `owner` chỉ Sở Thông tin và Truyền thông bị báo một lần \
        tại phần tử của nó: trên thành phần chưa ngừng sử dụng, và trên nhiệm vụ của lộ trình chưa hoàn \
        thành và không bị hủy. Thuộc tính `owner` chỉ Sở khi các từ của nó, không phân biệt chữ hoa \
        thường, ở dạng NFC, có dấu hay không dấu, chứa một trong các cách viết sau (`&` thay cho `và`, \
        giữa các từ là dấu gạch hoặc khoảng trắng):
        - `Sở Thông tin và Truyền thông`, `Sở Thông tin - Truyền thông`;
        - `Sở TT&TT`, `Sở TT và TT`, `Sở TT-TT`;
        - `Sở TTTT`, `STTTT`, `STT&TT`.

        Thuộc tính `owner` chỉ Bộ (`Bộ Thông tin và Truyền thông`), thành phần đã ngừng sử dụng, nhiệm \
        vụ đã hoàn thành hoặc đã hủy, và mọi thứ trước ngày 2025-03-01 không bị báo.
        """),
    basis: basis.english,
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-03-01">
          <components>
            ↓<component id="lgsp" kind="lgsp" name="LGSP" status="existing" owner="Sở Thông tin và Truyền thông"/>
            ↓<component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu" status="planned" owner="Trung tâm CNTT thuộc Sở TT&amp;TT"/>
            <component id="old-portal" kind="web-portal" name="Cổng cũ" status="retired" owner="STTTT"/>
            <component id="eoffice" kind="eoffice" name="Quản lý văn bản" status="existing" owner="Văn phòng UBND tỉnh"/>
          </components>
          <roadmap>
            <phase number="1" start="2024">
              <task action="build" component="lgsp" status="done" owner="Sở TTTT"/>
              ↓<task action="build" component="data-centre" status="in-progress" owner="STTTT"/>
              <task action="policy" status="cancelled" owner="sở thông tin và truyền thông">Quy chế</task>
              ↓<task action="train" owner="SỞ THÔNG TIN VÀ TRUYỀN THÔNG">Đào tạo</task>
            </phase>
          </roadmap>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-02-28">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP" status="existing" owner="Sở Thông tin và Truyền thông"/>
          </components>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-09-01">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP" status="existing" owner="Sở Khoa học và Công nghệ"/>
            <component id="ngsp-link" kind="custom" name="Kết nối NGSP" scope="national" owner="Bộ Thông tin và Truyền thông"/>
          </components>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard context.asOf >= Self.mergedOn else { return [] }
    var violations: [RuleViolation] = []
    for component in context.architecture.components where component.status != .retired {
      guard let owner = component.owner, Self.namesTheDepartment(owner) else { continue }
      violations.append(
        RuleViolation(message: .renamedDepartment(owner), position: component.position, component: component.id))
    }
    for (phaseIndex, phase) in zip(0..., context.architecture.roadmap?.phases ?? []) {
      for (offset, task) in zip(0..., phase.tasks) where task.status != .done && task.status != .cancelled {
        guard let owner = task.owner, Self.namesTheDepartment(owner) else { continue }
        violations.append(
          RuleViolation(
            message: .renamedDepartment(owner), position: task.position, component: task.component,
            key: context.taskKey(phase: phaseIndex, task: offset)))
      }
    }
    return violations
  }

  /// Whether `owner` names the Department of Information and Communications in one of the
  /// ways of `names`.
  static func namesTheDepartment(_ owner: String) -> Bool {
    let words = owner.nameWords(foldingDiacritics: true).map { $0 == "&" ? "va" : $0 }
    return names.contains { name in
      words.count >= name.count
        && (0...(words.count - name.count)).contains { words[$0..<$0 + name.count].elementsEqual(name) }
    }
  }
}

extension LocalizedText {
  fileprivate static func renamedDepartment(_ owner: String) -> Self {
    let (old, new, police) = (
      Vocabulary.departmentOfInformationAndCommunications, Vocabulary.departmentOfScienceAndTechnology,
      Vocabulary.provincialPolice
    )
    let (word, day) = (Vocabulary.owner, Vocabulary.on(RenamedDepartmentRule.mergedOn))
    return .withBasis(
      LocalizedText(
        en:
          "\(word.english) '\(owner)' names the \(old.english), merged into the \(new.english) (\(new.vietnamese)) \(day.english); its cyber-information security tasks went to the \(police.english)",
        vi:
          "\(word.vietnamese) '\(owner)' chỉ \(old.vietnamese), đã hợp nhất vào \(new.vietnamese) \(day.vietnamese); nhiệm vụ an toàn thông tin mạng đã chuyển sang \(police.vietnamese)"
      ), RenamedDepartmentRule.basis)
  }
}
