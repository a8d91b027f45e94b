-- Default statutory time limits. Administrators maintain them through /api/v1/deadline-rules.
-- Counting units: the Law on Denunciations 2018 says "ngày làm việc" explicitly where it means working
-- days (initial handling, Art. 24) and plain "ngày" for the resolution limit (Art. 30), i.e. calendar
-- days; a calendar-day limit that ends on a day off ends on the next working day (Civil Code 2015,
-- Art. 148(5)). Complaint limits are counted in working days (Decree 124/2020 and the Government
-- Inspectorate's guidance). Legal staff should confirm each row; correcting one needs no release.
insert into deadline_rule (kind, instance, phase, complexity, remote_area, days, count_unit, max_extensions, extension_days, legal_basis) values
 ('COMPLAINT', 1, 'ACCEPTANCE', 'NORMAL',  false, 10, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 27; Nghị định 124/2020'),
 ('COMPLAINT', 1, 'RESOLUTION', 'NORMAL',  false, 30, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 28'),
 ('COMPLAINT', 1, 'RESOLUTION', 'COMPLEX', false, 45, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 28'),
 ('COMPLAINT', 1, 'RESOLUTION', 'NORMAL',  true,  45, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 28 (vùng sâu, vùng xa)'),
 ('COMPLAINT', 1, 'RESOLUTION', 'COMPLEX', true,  60, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 28 (vùng sâu, vùng xa)'),
 ('COMPLAINT', 2, 'ACCEPTANCE', 'NORMAL',  false, 10, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 36'),
 ('COMPLAINT', 2, 'RESOLUTION', 'NORMAL',  false, 45, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 37'),
 ('COMPLAINT', 2, 'RESOLUTION', 'COMPLEX', false, 60, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 37'),
 ('COMPLAINT', 2, 'RESOLUTION', 'NORMAL',  true,  60, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 37 (vùng sâu, vùng xa)'),
 ('COMPLAINT', 2, 'RESOLUTION', 'COMPLEX', true,  70, 'WORKING_DAYS', 0, 0, 'Luật Khiếu nại 2011, Điều 37 (vùng sâu, vùng xa)'),
 ('DENUNCIATION', 1, 'ACCEPTANCE', 'NORMAL', false, 7, 'WORKING_DAYS', 0, 0, 'Luật Tố cáo 2018, Điều 24 khoản 1; Nghị định 31/2019'),
 ('DENUNCIATION', 1, 'RESOLUTION', 'NORMAL', false, 30, 'CALENDAR_DAYS', 0, 0, 'Luật Tố cáo 2018, Điều 30 khoản 1'),
 ('DENUNCIATION', 1, 'RESOLUTION', 'COMPLEX', false, 30, 'CALENDAR_DAYS', 1, 30, 'Luật Tố cáo 2018, Điều 30 khoản 1 (gia hạn một lần)'),
 ('DENUNCIATION', 1, 'RESOLUTION', 'ESPECIALLY_COMPLEX', false, 30, 'CALENDAR_DAYS', 2, 30, 'Luật Tố cáo 2018, Điều 30 khoản 1 (gia hạn hai lần)'),
 ('RECOMMENDATION', 1, 'ACCEPTANCE', 'NORMAL', false, 10, 'WORKING_DAYS', 0, 0, 'Thông tư 05/2021/TT-TTCP (xử lý đơn)'),
 ('FEEDBACK', 1, 'ACCEPTANCE', 'NORMAL', false, 10, 'WORKING_DAYS', 0, 0, 'Thông tư 05/2021/TT-TTCP (xử lý đơn)');

-- Days off of the years the scenario replays (2021-2022); later years are entered by an administrator.
insert into calendar_day (day, year, kind, name) values
 ('2021-01-01', 2021, 'HOLIDAY', 'Tết Dương lịch'),
 ('2021-02-10', 2021, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2021-02-11', 2021, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2021-02-12', 2021, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2021-02-15', 2021, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2021-02-16', 2021, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2021-04-21', 2021, 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
 ('2021-04-30', 2021, 'HOLIDAY', 'Ngày Giải phóng miền Nam'),
 ('2021-05-03', 2021, 'HOLIDAY', 'Nghỉ bù Quốc tế Lao động'),
 ('2021-09-02', 2021, 'HOLIDAY', 'Quốc khánh'),
 ('2021-09-03', 2021, 'HOLIDAY', 'Quốc khánh'),
 ('2022-01-03', 2022, 'HOLIDAY', 'Nghỉ bù Tết Dương lịch'),
 ('2022-01-31', 2022, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2022-02-01', 2022, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2022-02-02', 2022, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2022-02-03', 2022, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2022-02-04', 2022, 'HOLIDAY', 'Tết Nguyên đán'),
 ('2022-04-11', 2022, 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
 ('2022-05-02', 2022, 'HOLIDAY', 'Nghỉ bù Ngày Giải phóng miền Nam'),
 ('2022-05-03', 2022, 'HOLIDAY', 'Nghỉ bù Quốc tế Lao động'),
 ('2022-09-01', 2022, 'HOLIDAY', 'Quốc khánh'),
 ('2022-09-02', 2022, 'HOLIDAY', 'Quốc khánh');
