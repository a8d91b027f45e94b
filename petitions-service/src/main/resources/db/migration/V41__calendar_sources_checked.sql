-- Issue 16 (audit): the sources of the seeded official years checked again against the published notices
-- and their reports. Only rows still holding the text written by V10 are touched, so a year an
-- administrator has republished since keeps what was published.
--
-- 2026: the swap of Monday 31/8 for Saturday 22/8 is part of Thông báo 9441/TB-BNV of 16/10/2025 itself
--       (reported by Vietnam News 17/10/2025 and the government portal), not an unverified make-up day.
-- 2025: the five days 30/4–04/5 with Saturday 26/4 worked were in the 2025 holiday plan the Minister of
--       Labour signed on 03/12/2024 after the Prime Minister's approval conveyed on 26/11/2024 (reported by
--       SGGP 27/11/2024 and 04/12/2024, the government portal in March 2025); the documents' numbers were
--       not found in the texts read.
-- 2023: 1–4/9 is 1/9 (the adjacent day), 2/9 (Saturday) and 4/9 given back for it (BLLĐ 2019 Đ.111 k.3):
--       no swap (MOLISA, reported 23/08/2023); the dispatch of the Government Office of 01/12/2022 approved it.

update calendar_year set source = 'Văn phòng Chính phủ, công văn ngày 01/12/2022 truyền đạt ý kiến Phó Thủ tướng'
    || ' (Tết 20–26/01/2023; Quốc khánh 01–04/9/2023 = 01/9 liền kề, 02/9, nghỉ bù 04/9), số 8056/VPCP-KGVX chưa đối chiếu'
    || ' được với văn bản; Bộ luật Lao động 2019 Đ.111 k.3, Đ.112'
 where year = 2023 and source like 'Văn bản 8056/VPCP-KGVX ngày 01/12/2022%';

update calendar_year set source = 'Văn phòng Chính phủ ngày 26/11/2024 truyền đạt ý kiến Thủ tướng (Tết 25/01–02/02/2025,'
    || ' 5 ngày 27–31/01); kế hoạch nghỉ lễ năm 2025 do Bộ trưởng Bộ LĐTBXH ký ngày 03/12/2024 (30/4–04/5 với 02/5 đổi'
    || ' lấy thứ Bảy 26/4; Quốc khánh 30/8–02/9); số văn bản (8726/VPCP-KGVX theo bản ghi trước) chưa đối chiếu được'
 where year = 2025 and source like 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024%';

update calendar_day set source = 'Kế hoạch nghỉ lễ năm 2025 của Bộ LĐTBXH ký ngày 03/12/2024 (nghỉ 30/4–04/5, làm bù thứ'
    || ' Bảy 26/4); số văn bản chưa đối chiếu được'
 where day in ('2025-04-26', '2025-05-02')
   and source = 'Thông báo của Bộ Nội vụ về hoán đổi ngày làm việc dịp 30/4–1/5/2025';

update calendar_year set source = 'Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết 16–20/02/2026; Quốc khánh 01–02/9 và hoán đổi'
    || ' thứ Hai 31/8 với thứ Bảy 22/8/2026); Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (hoán đổi 02/01 với thứ Bảy 10/01/2026)'
 where year = 2026 and source like 'Thông báo 9441/TB-BNV ngày 16/10/2025%';

update calendar_day set source = 'Thông báo 9441/TB-BNV ngày 16/10/2025 (hoán đổi thứ Hai 31/8 với thứ Bảy 22/8/2026)'
 where day in ('2026-08-22', '2026-08-31')
   and source like 'Hoán đổi dịp Quốc khánh 2026%';

-- 2024: the days (Tết 08–14/02, Quốc khánh 31/8–03/9; approved by the Prime Minister, reported 05/11/2023) and
-- the swap 29/4 ↔ 04/5 (Văn bản 2450/VPCP-KGVX ngày 12/4/2024, number and date confirmed) hold; the numbers
-- 8662/VPCP-KGVX and 5015/TB-LĐTBXH were not found in the texts read.
update calendar_year set source = source || '; số 8662/VPCP-KGVX và 5015/TB-LĐTBXH chưa đối chiếu được với văn bản (ngày nghỉ đã đối chiếu)'
 where year = 2024 and source like 'Văn bản 8662/VPCP-KGVX ngày 03/11/2023%' and source not like '%chưa đối chiếu%';

-- Luật Tố cáo 2018 Điều 30: khoản 1 sets the 30 days, khoản 2 the one extension (≤ 30 days) of a complex
-- case, khoản 3 the two extensions (each ≤ 30 days) of an especially complex one: cite the clause used.
update deadline_rule set legal_basis = 'Luật Tố cáo 2018, Điều 30 khoản 1, 2 (gia hạn một lần, không quá 30 ngày)'
 where kind = 'DENUNCIATION' and phase = 'RESOLUTION' and complexity = 'COMPLEX'
   and legal_basis = 'Luật Tố cáo 2018, Điều 30 khoản 1 (gia hạn một lần)';
update deadline_rule set legal_basis = 'Luật Tố cáo 2018, Điều 30 khoản 1, 3 (gia hạn hai lần, mỗi lần không quá 30 ngày)'
 where kind = 'DENUNCIATION' and phase = 'RESOLUTION' and complexity = 'ESPECIALLY_COMPLEX'
   and legal_basis = 'Luật Tố cáo 2018, Điều 30 khoản 1 (gia hạn hai lần)';
