//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Women's representation across institutions.
pub const TITLE: Text3 = Text3::new(
    "Women's representation across institutions",
    "Представленность женщин в разных институтах",
    "Түрлі институттардағы әйелдер өкілдігі",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "Women are {civil} of civil servants and {judges} of judges, but only {majilis} of Majilis deputies and {maslikhats} of maslikhat members, below the {goal} goal for {year}.",
    "Среди государственных служащих женщин {civil}, среди судей — {judges}, а среди депутатов Мажилиса — лишь {majilis} и маслихатов — {maslikhats}, что ниже цели {goal} к {year} году.",
    "Мемлекеттік қызметшілер арасында әйелдер — {civil}, судьялар арасында — {judges}, ал Мәжіліс депутаттары арасында — небәрі {majilis}, мәслихаттарда — {maslikhats}, бұл {year} жылға арналған {goal:attr} мақсаттан төмен.",
);

pub const TAKEAWAY_MET: Text3 = Text3::new(
    "Women are {civil} of civil servants, {judges} of judges, {majilis} of Majilis deputies and {maslikhats} of maslikhat members, against a goal of {goal} by {year}.",
    "Среди государственных служащих женщин {civil}, среди судей — {judges}, среди депутатов Мажилиса — {majilis}, маслихатов — {maslikhats}; цель к {year} году — {goal}.",
    "Мемлекеттік қызметшілер арасында әйелдер — {civil}, судьялар арасында — {judges}, Мәжіліс депутаттары арасында — {majilis}, мәслихаттарда — {maslikhats}; {year} жылғы мақсат — {goal}.",
);

pub const PARA: Text3 = Text3::new("para. {para}", "п. {para}", "{para} т.");

pub const CIVIL_SERVANTS: Text3 = Text3::new(
    "Civil servants ({para})",
    "Государственные служащие ({para})",
    "Мемлекеттік қызметшілер ({para})",
);

pub const CIVIL_MANAGERS: Text3 = Text3::new(
    "Civil-service managers",
    "Руководители на государственной службе",
    "Мемлекеттік қызметтегі басшылар",
);

pub const JUDGES: Text3 = Text3::new("Judges", "Судьи", "Судьялар");

pub const CORPORATE: Text3 = Text3::new(
    "Corporate managers (op-ed)",
    "Руководители в корпоративном секторе (авторская колонка)",
    "Корпоративтік сектордағы басшылар (авторлық мақала)",
);

pub const NCHR: Text3 = Text3::new(
    "National Centre for Human Rights staff",
    "Сотрудники Национального центра по правам человека",
    "Адам құқықтары жөніндегі ұлттық орталық қызметкерлері",
);

pub const PRISON_EARLIER: Text3 = Text3::new(
    "Prison staff, earlier",
    "Персонал пенитенциарных учреждений, ранее",
    "Қылмыстық-атқару жүйесі мекемелерінің қызметкерлері, бұрын",
);

pub const PRISON_NOW: Text3 = Text3::new(
    "Prison staff, now",
    "Персонал пенитенциарных учреждений, сейчас",
    "Қылмыстық-атқару жүйесі мекемелерінің қызметкерлері, қазір",
);

pub const GOAL_NOTE: Text3 = Text3::new(
    "The {goal} line is the goal for women's representation across sectors by {year}, as the op-ed states it; the {parity} line marks parity.",
    "Линия {goal} — цель по представленности женщин во всех секторах к {year} году, как её называет авторская колонка; линия {parity} отмечает паритет.",
    "{goal} сызығы — авторлық мақалада аталған {year} жылға қарай барлық салалардағы әйелдер өкілдігінің мақсаты; {parity} сызығы тепе-теңдікті білдіреді.",
);

pub const UNDATED_NOTE: Text3 = Text3::new(
    "Most of these shares are undated in the sources: the Majilis share is from elections whose year is not named, the corporate share is the op-ed's “currently”, and the rise among prison staff from {from} to {to} has no years.",
    "Большинство этих долей в источниках не датировано: доля в Мажилисе относится к выборам, год которых не назван, корпоративная доля дана «на настоящее время» по авторской колонке, а для роста доли женщин среди персонала пенитенциарных учреждений с {from} до {to} годы не указаны.",
    "Бұл үлестердің көбінің күні дереккөздерде көрсетілмеген: Мәжілістегі үлес жылы аталмаған сайлауға қатысты, корпоративтік үлес — авторлық мақаладағы «қазіргі» дерек, ал қылмыстық-атқару жүйесі мекемелері қызметкерлері арасындағы әйелдер үлесінің {from} деңгейінен {to} деңгейіне дейін өсуінің жылдары көрсетілмеген.",
);

pub const COLUMN: Text3 = Text3::new("Institution", "Институт", "Институт");

// A newsroom's own shares: two sentences, each true of any data the schema takes.
pub const OWN_SPREAD: Text3 = Text3::new(
    "Women's share is lowest at {low} ({low_label}) and highest at {high} ({high_label}).",
    "Доля женщин — от {low} ({low_label}) до {high} ({high_label}).",
    "Әйелдер үлесі ең төмені — {low} ({low_label}), ең жоғарысы — {high} ({high_label}).",
);

pub const OWN_SAME: Text3 = Text3::new(
    "Every share is {high}.",
    "Все доли одинаковы: {high}.",
    "Барлық үлес бірдей: {high}.",
);

pub const OWN_ONE: Text3 = Text3::new(
    "Women's share: {high} ({high_label}).",
    "Доля женщин: {high} ({high_label}).",
    "Әйелдер үлесі: {high} ({high_label}).",
);

pub const OWN_BELOW_GOAL: Text3 = Text3::new(
    "{below} of {count} {below:is|are} below the {goal} goal for {year}.",
    "Ниже цели {goal} к {year} году — {below} из {count}.",
    "{year} жылға арналған {goal:attr} мақсаттан төмені — {below} (барлығы {count}).",
);

pub const OWN_NONE_BELOW_GOAL: Text3 = Text3::new(
    "None is below the {goal} goal for {year}.",
    "Ни одна доля не ниже цели {goal} к {year} году.",
    "{year} жылға арналған {goal:attr} мақсаттан төмен үлес жоқ.",
);

pub const OWN_ONE_GOAL: Text3 = Text3::new(
    "The goal is {goal} by {year}.",
    "Цель к {year} году — {goal}.",
    "{year} жылғы мақсат — {goal}.",
);

pub const OWN_ONE_PARITY: Text3 = Text3::new(
    "Parity is {parity}.",
    "Паритет — {parity}.",
    "Тепе-теңдік — {parity}.",
);
