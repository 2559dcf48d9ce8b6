//! Every string of this widget, in all three languages.

use crate::model::Text3;

// The Women, Peace and Security national action plan.
pub const TITLE: Text3 = Text3::new(
    "The Women, Peace and Security national action plan",
    "Национальный план действий по повестке «Женщины, мир и безопасность»",
    "«Әйелдер, бейбітшілік және қауіпсіздік» ұлттық іс-қимыл жоспары",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "The first plan covers {start}–{end} with {objectives} main objectives and {first} activities; it was updated in {updated}, and the second plan, beginning in {second_start}, has {second} activities.",
    "Первый план рассчитан на {start}–{end} годы (основных целей — {objectives}, мероприятий — {first}); в {updated} году его обновили, а во втором плане, начинающемся в {second_start} году, число мероприятий выросло до {second}.",
    "Бірінші жоспар {start}–{end} жылдарға арналған (негізгі мақсаттары — {objectives}, іс-шаралары — {first}); ол {updated} жылы жаңартылды, ал {second_start} жылы басталатын екінші жоспарда іс-шаралар саны — {second}.",
);

pub const FIRST_BAND: Text3 = Text3::new(
    "First plan, {start}–{end}: {objectives} main objectives, {first} activities",
    "Первый план, {start}–{end}: основных целей — {objectives}, мероприятий — {first}",
    "Бірінші жоспар, {start}–{end}: негізгі мақсаттары — {objectives}, іс-шаралары — {first}",
);

pub const SECOND_BAND: Text3 = Text3::new(
    "Second plan, from {start}: {second} activities (up from {first})",
    "Второй план, с {start} г.: мероприятий — {second} (было {first})",
    "Екінші жоспар, {start} жылдан бастап: іс-шаралары — {second} (бұрын {first} болған)",
);

pub const OBJECTIVES_HEAD: Text3 = Text3::new(
    "The first plan's main objectives ({n})",
    "Основные цели первого плана ({n})",
    "Бірінші жоспардың негізгі мақсаттары ({n})",
);

pub const OBJECTIVE_ROW: Text3 = Text3::new(
    "Objective {n}: {text}",
    "Цель {n}: {text}",
    "{n}-мақсат: {text}",
);

pub const OBJECTIVE_1: Text3 = Text3::new(
    "Women's and men's participation in conflict prevention and peacebuilding",
    "Участие женщин и мужчин в предотвращении конфликтов и миростроительстве",
    "Әйелдер мен ерлердің қақтығыстардың алдын алуға және бейбітшілік орнатуға қатысуы",
);

pub const OBJECTIVE_2: Text3 = Text3::new(
    "Preventing violence against women and girls, and protecting them",
    "Предотвращение насилия в отношении женщин и девочек и их защита",
    "Әйелдер мен қыздарға қатысты зорлық-зомбылықтың алдын алу және оларды қорғау",
);

pub const OBJECTIVE_3: Text3 = Text3::new(
    "Gender analysis and inclusion in policy, leadership and budgeting",
    "Гендерный анализ и инклюзивность в политике, лидерстве и бюджетировании",
    "Саясатта, көшбасшылықта және бюджеттеуде гендерлік талдау мен инклюзивтілік",
);

pub const ACTIVITIES_NOTE: Text3 = Text3::new(
    "The CEDAW replies say “the objectives have been expanded from {first} to {second} activities”, mixing objectives and activities; the summary of the first plan gives it {objectives} main objectives.",
    "В ответах КЛДЖ сказано, что «цели расширены с {first} до {second} мероприятий», то есть цели и мероприятия смешаны; по обзору первого плана основных целей у него {objectives}.",
    "CEDAW жауаптарында «мақсаттар {first} іс-шарадан {second} іс-шараға дейін кеңейтілді» делінген, яғни мақсаттар мен іс-шаралар араласып кеткен; бірінші жоспарға шолу бойынша оның негізгі мақсаттары — {objectives}.",
);

pub const PLACEMENT_NOTE: Text3 = Text3::new(
    "Events the sources date only by year are placed in the middle of that year.",
    "События, для которых в источниках указан только год, помещены в середину этого года.",
    "Дереккөздерде тек жылы көрсетілген оқиғалар сол жылдың ортасына қойылған.",
);

pub const OVERLAP_NOTE: Text3 = Text3::new(
    "The first plan covers {start}–{end} and the second begins in {second_start}: the two overlap.",
    "Первый план охватывает {start}–{end} годы, а второй начинается в {second_start} году: они пересекаются.",
    "Бірінші жоспар {start}–{end} жылдарды қамтиды, ал екіншісі {second_start} жылы басталады: олар қабаттасады.",
);

pub const OPEN_END_NOTE: Text3 = Text3::new(
    "The sources give no end year for the second plan, so its bar is open at the right.",
    "Год окончания второго плана в источниках не указан, поэтому его полоса открыта справа.",
    "Екінші жоспардың аяқталу жылы дереккөздерде көрсетілмеген, сондықтан оның жолағы оң жағынан ашық.",
);

pub const QUOTA_NOTE: Text3 = Text3::new(
    "The quota Act is not part of the plan and is shown for context; its {quota} quota is shared by women, young people and persons with disabilities.",
    "Закон о квоте не входит в план и показан для контекста; его квота {quota} общая для женщин, молодёжи и лиц с инвалидностью.",
    "Квота туралы заң жоспарға кірмейді, ол мәнмәтін үшін көрсетілген; ондағы {quota:attr} квота әйелдерге, жастарға және мүгедектігі бар адамдарға ортақ.",
);

pub const EVENT_COLUMN: Text3 = Text3::new("Event", "Событие", "Оқиға");

// A newsroom's own plans and events: nothing here names the embedded plans or Act.
pub const OWN_TITLE: Text3 = Text3::new(
    "A national action plan on Women, Peace and Security",
    "Национальный план действий по повестке «Женщины, мир и безопасность»",
    "«Әйелдер, бейбітшілік және қауіпсіздік» ұлттық іс-қимыл жоспары",
);

/// A newsroom's plan on its bar: "Second plan: 140 activities (2024–2027)".
pub const OWN_PLAN: Text3 = Text3::new(
    "{label} ({period})",
    "{label} ({period})",
    "{label} ({period})",
);

/// A plan with no end year given.
pub const OWN_FROM: Text3 = Text3::new("from {start}", "с {start} г.", "{start} жылдан бастап");

pub const OWN_ONE_PLAN: Text3 = Text3::new(
    "“{label}” covers {period}.",
    "План «{label}»: {period}.",
    "«{label}» жоспары: {period}.",
);

pub const OWN_PLANS: Text3 = Text3::new(
    "{n} plans: the first begins in {first}, the latest in {last}.",
    "Планов — {n}: первый начинается в {first} году, последний — в {last} году.",
    "Жоспарлар саны — {n}: біріншісі {first} жылы, соңғысы {last} жылы басталады.",
);

pub const OWN_OPEN_NOTE: Text3 = Text3::new(
    "A plan with no end year given is drawn open at the right.",
    "План, для которого не указан год окончания, показан полосой, открытой справа.",
    "Аяқталу жылы көрсетілмеген жоспар оң жағынан ашық жолақпен көрсетілген.",
);

pub const OWN_CONTEXT_NOTE: Text3 = Text3::new(
    "Hollow markers are events shown for context, not part of a plan.",
    "Полые маркеры — события, показанные для контекста; они не входят в план.",
    "Іші бос белгілер — мәнмәтін үшін көрсетілген оқиғалар; олар жоспарға кірмейді.",
);

pub const ERR_END_BEFORE_START: Text3 = Text3::new(
    "the end year {end} is before the start year {start}",
    "год окончания {end} раньше года начала {start}",
    "аяқталу жылы ({end}) басталу жылынан ({start}) ерте",
);
