"""Sentence templates for the benchmark's synthetic news articles, written for this project.

Slots: {person} {role} {org} {place} {place2} {claim} {day} {number} {small}. People are used only as
subjects (so Russian and Arabic verbs agree with the masculine names given), places only where their
form does not change (Russian places are given in the locative, after "в").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LanguageTemplates:
    """What one language's synthetic articles are made of."""

    people: tuple[tuple[str, str], ...]  # (name, role)
    orgs: tuple[str, ...]
    places: tuple[str, ...]
    days: tuple[str, ...]
    claims: tuple[str, ...]
    titles: tuple[str, ...]
    narrative: tuple[str, ...]
    denials: tuple[str, ...]
    non_denials: tuple[str, ...]


TEMPLATES: dict[str, LanguageTemplates] = {
    "en": LanguageTemplates(
        people=(
            ("Maria Hendricks", "White House spokesperson"),
            ("Thomas Whitfield", "Defence Secretary"),
            ("Anna Kovalenko", "Foreign Minister"),
            ("David Okafor", "central bank governor"),
            ("Laura Bennett", "State Department spokesperson"),
            ("Samuel Reyes", "chief executive of Northwind Energy"),
        ),
        orgs=("White House", "State Department", "European Commission", "United Nations", "Kremlin"),
        places=("Washington", "Moscow", "Jakarta", "Brussels", "Kyiv", "London", "Geneva", "Singapore"),
        days=("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"),
        claims=(
            "the two governments had held secret talks on a ceasefire",
            "the company was preparing to cut 2,000 jobs",
            "the minister would resign before the end of the year",
            "troops had been moved closer to the border",
            "officials had received payments from a foreign contractor",
        ),
        titles=(
            "{org} denies reports of secret talks",
            "{person} rejects claims over {place} deal",
            "Officials in {place} respond to report on negotiations",
        ),
        narrative=(
            "{person}, the {role}, spoke to reporters in {place} {day}.",
            "The {org} said in a statement that talks with partners in {place} would continue next week.",
            "Analysts in {place} said the dispute could delay a deal worth {number} million dollars.",
            "According to officials familiar with the matter, the meeting in {place2} lasted three hours.",
            "The {org} has not published the full text of the agreement.",
            "Shares in {place} fell by {small} percent after the reports appeared {day}.",
            "Several newspapers reported that delegations from {place} and {place2} met near the airport.",
            "{person} is expected to travel to {place2} later this month for a regional summit.",
            "Opposition lawmakers in {place} called for a public inquiry into the negotiations.",
            "Diplomats described the atmosphere of the talks as tense but constructive.",
        ),
        denials=(
            "{role} {person} {day} denied reports that {claim}.",
            '{person} rejected claims that {claim}, calling them "pure speculation".',
            '"These reports are simply untrue," {person} told reporters in {place}, denying that {claim}.',
            "The {org} denied that {claim}, calling the report fabricated.",
        ),
        non_denials=(
            "{person} declined to comment on reports that {claim}.",
            'Asked whether {claim}, {person} said: "I can neither confirm nor deny that."',
            "A spokesperson for the {org} would not comment on the report.",
        ),
    ),
    "id": LanguageTemplates(
        people=(
            ("Siti Rahmawati", "Juru bicara Kementerian Luar Negeri"),
            ("Budi Santoso", "Menteri Keuangan"),
            ("Agus Wibowo", "Kepala Kepolisian Daerah Jawa Barat"),
            ("Dewi Lestari", "Juru bicara Istana Kepresidenan"),
            ("Hendra Gunawan", "Direktur Utama PT Nusantara Energi"),
        ),
        orgs=("Kementerian Luar Negeri", "Bank Indonesia", "Komisi Pemberantasan Korupsi", "Gedung Putih"),
        places=("Jakarta", "Surabaya", "Bandung", "Washington", "Moskow", "Beijing", "Singapura", "Makassar"),
        days=("pada hari Senin", "pada hari Selasa", "pada hari Rabu", "pada hari Kamis", "pada hari Jumat"),
        claims=(
            "pemerintah sedang melakukan pembicaraan rahasia dengan pihak asing",
            "perusahaan akan memberhentikan dua ribu karyawan",
            "menteri tersebut akan mengundurkan diri akhir tahun ini",
            "harga bahan bakar akan dinaikkan bulan depan",
            "pejabat itu menerima suap dari kontraktor",
        ),
        titles=(
            "{org} bantah laporan pembicaraan rahasia",
            "{person} tepis kabar soal kesepakatan di {place}",
            "Pejabat di {place} tanggapi laporan perundingan",
        ),
        narrative=(
            "{person}, {role}, berbicara kepada wartawan di {place} {day}.",
            "{org} dalam keterangan tertulis menyatakan perundingan di {place} akan dilanjutkan.",
            "Para analis di {place} menilai perselisihan itu dapat menunda kesepakatan {number} juta dolar.",
            "Menurut pejabat yang mengetahui masalah tersebut, pertemuan di {place2} berlangsung tiga jam.",
            "{org} belum mempublikasikan isi lengkap perjanjian tersebut.",
            "Indeks saham di {place} turun {small} persen setelah laporan itu muncul {day}.",
            "Sejumlah media melaporkan bahwa delegasi dari {place} dan {place2} bertemu di dekat bandara.",
            "{person} dijadwalkan berkunjung ke {place2} akhir bulan ini untuk pertemuan regional.",
            "Anggota parlemen dari partai oposisi di {place} meminta agar dilakukan penyelidikan terbuka.",
            "Para diplomat menggambarkan suasana perundingan tegang namun konstruktif.",
        ),
        denials=(
            "{role} {person} {day} membantah laporan bahwa {claim}.",
            "{person} menepis kabar bahwa {claim} dan menyebutnya tidak berdasar.",
            '"Laporan itu sama sekali tidak benar," kata {person} kepada wartawan di {place}.',
            "{org} membantah bahwa {claim}.",
        ),
        non_denials=(
            "{person} menolak berkomentar mengenai laporan bahwa {claim}.",
            'Ditanya apakah {claim}, {person} berkata, "Saya tidak bisa membenarkan atau membantah."',
            "Juru bicara {org} enggan mengomentari laporan tersebut.",
        ),
    ),
    "ru": LanguageTemplates(
        people=(
            ("Игорь Петренко", "министр финансов"),
            ("Алексей Воронин", "пресс-секретарь президента"),
            ("Сергей Кузнецов", "официальный представитель МИД"),
            ("Дмитрий Орлов", "глава компании «Северная энергия»"),
        ),
        orgs=("Кремль", "Центральный банк", "Министерство иностранных дел", "Белый дом"),
        places=("Москве", "Вашингтоне", "Женеве", "Пекине", "Брюсселе", "Санкт-Петербурге"),
        days=("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу"),
        claims=(
            "правительство ведёт тайные переговоры о перемирии",
            "компания собирается сократить две тысячи сотрудников",
            "министр уйдёт в отставку до конца года",
            "войска были переброшены к границе",
        ),
        titles=(
            "{org} опровергает сообщения о тайных переговорах",
            "{person} опроверг слухи об отставке",
            "Переговоры в {place}: официальные лица отвечают на сообщения СМИ",
        ),
        narrative=(
            "{person}, {role}, выступил перед журналистами в {place} {day}.",
            "{org} сообщает, что переговоры с партнёрами продолжатся на следующей неделе.",
            "Аналитики в {place} считают, что спор может задержать сделку на {number} миллионов долларов.",
            "По данным источников, знакомых с ситуацией, встреча в {place2} продолжалась более трёх часов.",
            "{org} пока не публикует полный текст соглашения.",
            "Индекс акций в {place} снизился на {small} процента после появления сообщений {day}.",
            "Ряд изданий сообщил, что делегации встретились в гостинице недалеко от аэропорта в {place2}.",
            "{person} в конце месяца планирует принять участие в региональном саммите в {place2}.",
            "Депутаты оппозиции в {place} требуют провести открытое расследование.",
            "Дипломаты описывают атмосферу переговоров как напряжённую, но конструктивную.",
        ),
        denials=(
            "{role} {person} {day} опроверг сообщения о том, что {claim}.",
            "{person} назвал ложью сообщения о том, что {claim}.",
            "«Эти сообщения не соответствуют действительности», — заявил {person} журналистам в {place}.",
            "{org} опровергает информацию о том, что {claim}.",
        ),
        non_denials=(
            "{person} отказался комментировать сообщения о том, что {claim}.",
            "На вопрос, правда ли, что {claim}, {person} ответил: «Не могу ни подтвердить, ни опровергнуть».",
        ),
    ),
    "fr": LanguageTemplates(
        people=(
            ("Claire Dubois", "porte-parole du gouvernement"),
            ("Marc Lefèvre", "ministre des Finances"),
            ("Julien Moreau", "porte-parole de l'Élysée"),
            ("Sophie Laurent", "présidente du groupe Nordélec"),
        ),
        orgs=("ministère des Affaires étrangères", "Kremlin", "Parlement européen", "groupe Nordélec"),
        places=("Paris", "Bruxelles", "Moscou", "Genève", "Washington", "Lyon"),
        days=("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
        claims=(
            "le gouvernement menait des négociations secrètes",
            "l'entreprise allait supprimer deux mille emplois",
            "la ministre allait démissionner avant la fin de l'année",
            "des troupes avaient été déployées près de la frontière",
        ),
        titles=(
            "Le {org} dément des négociations secrètes",
            "{person} dément les rumeurs sur l'accord de {place}",
            "Négociations à {place} : les responsables réagissent",
        ),
        narrative=(
            "{person}, {role}, a répondu aux questions des journalistes à {place} {day}.",
            "Le {org} a indiqué dans un communiqué que les discussions à {place} reprendraient bientôt.",
            "Selon des analystes à {place}, le différend pourrait retarder un accord de {number} millions.",
            "D'après des responsables au fait du dossier, la réunion à {place2} a duré plus de trois heures.",
            "Le {org} n'a pas publié le texte intégral de l'accord.",
            "La Bourse de {place} a reculé de {small} % après la publication des informations {day}.",
            "Plusieurs journaux ont rapporté que des délégations s'étaient rencontrées à {place2}.",
            "{person} doit se rendre à {place2} à la fin du mois pour un sommet régional.",
            "Des députés de l'opposition à {place} ont réclamé une enquête publique.",
            "Les diplomates ont décrit une atmosphère tendue mais constructive.",
        ),
        denials=(
            "{person}, {role}, a démenti {day} les informations selon lesquelles {claim}.",
            "{person} a rejeté les affirmations selon lesquelles {claim}, parlant de « pure spéculation ».",
            "« Ces informations sont totalement fausses », a déclaré {person} aux journalistes à {place}.",
            "Le {org} a démenti les informations selon lesquelles {claim}.",
        ),
        non_denials=(
            "{person} a refusé de commenter les informations selon lesquelles {claim}.",
            "Interrogé sur ce point, {person} a déclaré : « Je ne peux ni confirmer ni démentir. »",
        ),
    ),
    "es": LanguageTemplates(
        people=(
            ("Lucía Fernández", "portavoz del Gobierno"),
            ("Javier Morales", "ministro de Hacienda"),
            ("Carmen Ruiz", "portavoz de la Cancillería"),
            ("Diego Herrera", "presidente del grupo Energía del Norte"),
        ),
        orgs=("Ministerio de Asuntos Exteriores", "Banco Central", "Kremlin", "Congreso de los Diputados"),
        places=("Madrid", "Bogotá", "Buenos Aires", "Bruselas", "Moscú", "Washington"),
        days=("el lunes", "el martes", "el miércoles", "el jueves", "el viernes"),
        claims=(
            "el Gobierno mantenía negociaciones secretas",
            "la empresa iba a despedir a dos mil trabajadores",
            "la ministra dimitiría antes de fin de año",
            "se habían desplegado tropas cerca de la frontera",
        ),
        titles=(
            "El {org} niega negociaciones secretas",
            "{person} desmiente los rumores sobre el acuerdo de {place}",
            "Negociaciones en {place}: los responsables responden",
        ),
        narrative=(
            "{person}, {role}, respondió a las preguntas de los periodistas en {place} {day}.",
            "El {org} indicó en un comunicado que las conversaciones en {place} continuarán pronto.",
            "Según analistas en {place}, la disputa podría retrasar un acuerdo de {number} millones.",
            "De acuerdo con fuentes conocedoras del asunto, la reunión en {place2} duró más de tres horas.",
            "El {org} no ha publicado el texto completo del acuerdo.",
            "La bolsa de {place} cayó un {small} % tras la publicación de las informaciones {day}.",
            "Varios periódicos informaron de que las delegaciones se reunieron en {place2}.",
            "{person} tiene previsto viajar a {place2} a finales de mes para asistir a una cumbre regional.",
            "Diputados de la oposición en {place} pidieron una investigación pública.",
            "Los diplomáticos describieron el ambiente de las conversaciones como tenso pero constructivo.",
        ),
        denials=(
            "{person}, {role}, negó {day} las informaciones según las cuales {claim}.",
            "{person} rechazó las afirmaciones de que {claim} y las calificó de «pura especulación».",
            "«Esas informaciones son completamente falsas», dijo {person} a los periodistas en {place}.",
            "El {org} desmintió que {claim}.",
        ),
        non_denials=(
            "{person} declinó comentar las informaciones según las cuales {claim}.",
            "Preguntado al respecto, {person} dijo: «No puedo confirmar ni desmentir eso».",
        ),
    ),
    "ar": LanguageTemplates(
        people=(
            ("أحمد منصور", "المتحدث باسم وزارة الخارجية"),
            ("خالد الحسيني", "وزير المالية"),
            ("سامي العلي", "المتحدث باسم الحكومة"),
            ("يوسف حداد", "رئيس شركة الطاقة الشمالية"),
        ),
        orgs=("وزارة الخارجية", "البنك المركزي", "الكرملين", "البيت الأبيض", "الأمم المتحدة"),
        places=("القاهرة", "عمان", "بيروت", "موسكو", "واشنطن", "جنيف"),
        days=("يوم الاثنين", "يوم الثلاثاء", "يوم الأربعاء", "يوم الخميس", "يوم الجمعة"),
        claims=(
            "الحكومة تجري محادثات سرية بشأن وقف إطلاق النار",
            "الشركة تعتزم تسريح ألفي موظف",
            "الوزير سيستقيل قبل نهاية العام",
            "قوات نقلت إلى المناطق الحدودية",
        ),
        titles=(
            "نفي رسمي لتقارير عن محادثات سرية في {place}",
            "{person} ينفي الشائعات بشأن اتفاق {place}",
            "مسؤولون في {place} يردون على تقارير المفاوضات",
        ),
        narrative=(
            "تحدث {person}، {role}، إلى الصحفيين في {place} {day}.",
            "وذكر بيان صادر عن {org} أن المحادثات مع الشركاء في {place} ستستأنف الأسبوع المقبل.",
            "ويرى محللون في {place} أن الخلاف قد يؤخر اتفاقا تجاريا بقيمة {number} مليون دولار.",
            "وبحسب مسؤولين مطلعين على الملف، استمر الاجتماع في {place2} أكثر من ثلاث ساعات.",
            "وتراجعت البورصة في {place} بنسبة {small} في المئة بعد نشر التقارير {day}.",
            "وأفادت عدة صحف بأن وفودا من {place} و{place2} التقت في فندق قرب المطار.",
            "ومن المقرر أن يزور {person} {place2} في نهاية الشهر لحضور قمة إقليمية.",
            "وطالب نواب المعارضة في {place} بإجراء تحقيق علني.",
            "ووصف دبلوماسيون أجواء المحادثات بأنها متوترة لكنها بناءة.",
        ),
        denials=(
            "ونفى {role} {person} {day} التقارير التي تحدثت عن أن {claim}.",
            "ورفض {person} الادعاءات بأن {claim}، واصفا إياها بأنها «مجرد تكهنات».",
            "وقال {person} للصحفيين في {place}: «هذه التقارير غير صحيحة على الإطلاق».",
            "ونفى بيان صادر عن {org} أن {claim}.",
        ),
        non_denials=(
            "ورفض {person} التعليق على التقارير التي تفيد بأن {claim}.",
            "وردا على سؤال، قال {person}: «لا أستطيع أن أؤكد ذلك أو أنفيه».",
        ),
    ),
}
