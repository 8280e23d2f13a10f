import type { ReportInput } from '@baocao-khcn/core';
import type { allSections } from '@baocao-khcn/sections';

/**
 * Kế hoạch số 100/KH-UBND ngày 12/6/2020 của UBND tỉnh Lạng Sơn: kế hoạch hoạt động và dự toán ngân sách khoa học
 * và công nghệ năm 2021 (seed 002). Part A evaluates 2020 and 2016–2020, part B is the plan and the budget of 2021.
 * Wording and figures are the seed's, typos included; only the extraction's line wraps are undone.
 */
export const report: ReportInput<typeof allSections> = {
  kind: 'ke-hoach',
  number: 100,
  issueDate: '2020-06-12',
  period: { kind: 'year', year: 2021 },
  subject: 'HOẠT ĐỘNG VÀ DỰ TOÁN NGÂN SÁCH KHOA HỌC VÀ CÔNG NGHỆ NĂM 2021 CỦA TỈNH LẠNG SƠN',
  basis: [
    {
      kind: 'Công văn',
      number: '254/BKHCN-KHTH',
      date: '2020-02-07',
      issuer: 'Bộ Khoa học và Công nghệ',
      subject: 'về việc hướng dẫn xây dựng kế hoạch khoa học và công nghệ (KH&CN) năm 2021',
    },
  ],
  // Written out: the profile's opening template cites the basis as "ngày 07/2/2020" (months are not padded in
  // citations), the plan writes "ngày 07/02/2020".
  opening: [
    'Thực hiện Công văn số 254/BKHCN-KHTH ngày 07/02/2020 của Bộ Khoa học và Công nghệ về việc hướng dẫn xây dựng kế hoạch khoa học và công nghệ (KH&CN) năm 2021, UBND tỉnh Lạng Sơn xây dựng Kế hoạch hoạt động và dự toán ngân sách KH&CN năm 2021 như sau:',
  ],
  body: [
    {
      part: 'danh-gia',
      // The profile's templates know the plan's year, not the year evaluated: the title is given here.
      title: 'ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KH&CN NĂM 2020 VÀ 05 NĂM 2016 - 2020',
      content: [
        {
          type: 'heading',
          title: 'Đánh giá tình hình thực hiện chính sách về KH&CN và đổi mới sáng tạo 05 năm giai đoạn 2016 - 2020',
          content: [
            'Triển khai thực hiện Luật KH&CN năm 2013 và các văn bản chỉ đạo của Trung ương, UBND tỉnh ban hành các văn bản chỉ đạo triển khai thực hiện công tác KH&CN trên địa bàn. Theo đó hoạt động KH&CN trên địa bàn tỉnh từng bước được đổi mới, phù hợp với yêu cầu thực tiễn, góp phần quan trọng vào việc nâng cao chất lượng, hiệu quả nghiên cứu, chuyển giao, ứng dụng KH&CN vào sản xuất và đời sống, góp phần thúc đẩy phát triển kinh tế - xã hội của địa phương, cụ thể như sau:',
            {
              type: 'heading',
              title: 'Việc hoàn thiện hệ thống tiêu chuẩn quốc gia (TCVN), quy chuẩn kỹ thuật (QCVN), hoạt động tiêu chuẩn đo lường chất lượng (TĐC)',
              content: [
                'Thường xuyên cập nhật, tuyên truyền, phổ biến các QCVN, TCVN để phục vụ các doanh nghiệp, tổ chức, cá nhân tra cứu, sử dụng. Hướng dẫn các doanh nghiệp xây dựng tiêu chuẩn cơ sở và lập hồ sơ công bố hợp quy đối với các sản phẩm của đơn vị theo quy định. Đầu tư tăng cường năng lực hiệu chuẩn, thử nghiệm sản phẩm hàng hóa của Trung tâm ứng dụng phát triển khoa học công nghệ và đo lường chất lượng sản phẩm nhằm đáp ứng yêu cầu hội nhập khu vực và quốc tế. Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn quốc tế ISO đối với các doanh nghiệp sản xuất sản phẩm, hàng hóa chủ lực...',
              ],
            },
            {
              type: 'heading',
              title: 'Các cơ chế chính sách và quy định pháp luật về TĐC, sở hữu trí tuệ, năng lượng nguyên tử, an toàn bức xạ hạt nhân và thông tin, thống kê KH&CN, chuyển giao công nghệ trong nước và với nước ngoài',
              content: [
                {
                  type: 'heading',
                  title: 'Lĩnh vực TĐC',
                  content: [
                    'Công tác quản lý nhà nước về TĐC trên địa bàn tỉnh luôn được quan tâm đẩy mạnh, góp phần bảo đảm quyền lợi người tiêu dùng, tạo được niềm tin của Nhân dân đối với các cơ quan quản lý nhà nước. Triển khai Quyết định số 712/QĐ-TTg ngày 21/5/2010 của Thủ tướng Chính phủ về việc phê duyệt Chương trình Quốc gia “Nâng cao năng suất và chất lượng của doanh nghiệp Việt Nam đến năm 2020”, UBND tỉnh ban hành Kế hoạch số 28/KH-UBND ngày 22/3/2013 triển khai Dự án “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa, dịch vụ chủ lực của doanh nghiệp trên địa bàn tỉnh Lạng Sơn giai đoạn 2012 - 2020”. Thông qua việc thực hiện Dự án, bước đầu đã xây dựng phong trào năng suất và chất lượng, xây dựng các hệ thống quản lý chất lượng kết hợp với áp dụng các mô hình, công cụ cải tiến năng suất, chất lượng tiên tiến, đổi mới công nghệ, xây dựng thương hiệu...; nâng cao nhận thức, phát triển nguồn lực cho các doanh nghiệp, tạo bước chuyển biến rõ rệt về năng suất, chất lượng của sản phẩm, hàng hóa chủ lực của địa phương, nâng cao năng lực cạnh tranh cho các doanh nghiệp, đóng góp tích cực vào phát triển kinh tế - xã hội của tỉnh.',
                  ],
                },
                {
                  type: 'heading',
                  title: 'Lĩnh vực sở hữu trí tuệ',
                  content: [
                    'Thực hiện Quyết định số 1062/QĐ-TTg ngày 14/6/2016 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển tài sản trí tuệ giai đoạn 2016 - 2020 và các văn bản hướng dẫn thực hiện, UBND tỉnh ban hành Quyết định số 975/QĐ-UBND ngày 03/6/2017 phê duyệt Chương trình phát triển tài sản trí tuệ tỉnh Lạng Sơn giai đoạn 2016 - 2020; Quyết định số 525/QĐ-UBND ngày 18/3/2019 phê duyệt điều chỉnh, bổ sung Chương trình phát triển tài sản trí tuệ tỉnh Lạng Sơn giai đoạn 2016 - 2020. Việc triển khai Chương trình góp phần nâng cao nhận thức cho các tổ chức sản xuất, kinh doanh trong tỉnh về tạo lập, bảo vệ và phát triển tài sản trí tuệ trong hội nhập kinh tế; hỗ trợ các tổ chức sản xuất, kinh doanh trong tỉnh về tạo lập, bảo vệ và phát triển tài sản trí tuệ, trong đó ưu tiên hỗ trợ các sản phẩm chủ lực, sản phẩm đặc thù, sản phẩm có lợi thế có tiềm năng xuất khẩu.',
                  ],
                },
                {
                  type: 'heading',
                  title: 'Lĩnh vực nguyên tử, an toàn bức xạ và hạt nhân',
                  content: [
                    'Đẩy mạnh phát triển ứng dụng năng lượng nguyên tử trong các lĩnh vực y tế, công nghiệp, nông nghiệp, tài nguyên môi trường và các ngành kinh tế - kỹ thuật trên địa bàn tỉnh Lạng Sơn. Hướng dẫn, đôn đốc các tổ chức, cá nhân tiến hành công việc bức xạ thực hiện các thủ tục hành chính trong lĩnh vực năng lượng nguyên tử. Thực hiện Kế hoạch ứng phó sự cố bức xạ, hạt nhân (trên địa bàn tỉnh (được Bộ KH&CN phê duyệt tại Quyết định số 1563/QĐ-BKHCN ngày 09/7/2012), UBND tỉnh ban hành Quyết định số 509/QĐ-UBND ngày 24/3/2018 về việc kiện toàn Ban Chỉ huy ứng phó sự cố bức xạ, hạt nhân tỉnh Lạng Sơn; Công văn số 344/UBND-KGVX ngày 23/4/2019 của UBND tỉnh Lạng Sơn về việc triển khai thực hiện Quyết định số 104/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch hành động quốc gia về phòng ngừa, phát hiện và chuẩn bị ứng phó nguy cơ, sự cố hóa học, sinh học, bức xạ và hạt nhân giai đoạn 2019 - 2025; Kế hoạch số 138/KH-BCĐ ngày 07/11/2019 của Ban Chỉ huy ứng phó sự cố bức xạ và hạt nhân về việc diễn tập ứng phó sự cố bức xạ và hạt nhân tỉnh Lạng Sơn năm 2020 nhằm nâng cao kiến thức tổng quan về đảm bảo an toàn, an ninh nguồn phóng xạ và những kiến thức về ứng phó sự cố bức xạ, hạt nhân cho các thành viên Ban Chỉ huy và các cơ quan, tổ chức, cá nhân có liên quan. Theo đó UBND tỉnh đã chỉ đạo các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thành phố theo chức năng, nhiệm vụ tổ chức chỉ đạo triển khai thực hiện tốt mục tiêu tổng quát và mục tiêu cụ thể đặt ra trong Kế hoạch.',
                  ],
                },
                {
                  type: 'heading',
                  title: 'Lĩnh vực thông tin và thống kê KH&CN',
                  content: [
                    'Lĩnh vực thông tin và thống kê KH&CN trên địa bàn tỉnh được thực hiện đầy đủ và kịp thời theo quy định tại Thông tư số 15/2018/TT-BKHCN ngày 15/11/2018 của Bộ trưởng Bộ KH&CN quy định chế độ báo cáo thống kê ngành KH&CN; Thông tư số 14/2014/TT-BKHCN ngày 11/06/2014 của Bộ trưởng Bộ KH&CN về việc thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ KH&CN.',
                  ],
                },
                {
                  type: 'heading',
                  title: 'Lĩnh vực chuyển giao công nghệ',
                  content: [
                    'UBND tỉnh ban hành Kế hoạch số 29/KH-UBND ngày 30/01/2019 triển khai thực hiện Đề án “Thúc đẩy chuyển giao, làm chủ và phát triển công nghệ từ nước ngoài vào Việt Nam trong các ngành, lĩnh vực ưu tiên giai đoạn đến năm 2025, định hướng đến năm 2030”, tuy nhiên đến nay trên địa bàn tỉnh Lạng Sơn chưa có hợp đồng chuyển giao công nghệ nào đề nghị cấp Giấy chứng nhận đăng ký theo quy định của Luật Chuyển giao công nghệ.',
                  ],
                },
              ],
            },
            {
              type: 'heading',
              title: 'Chính sách hỗ trợ doanh nghiệp khởi nghiệp, doanh nghiệp ĐMST và phát triển doanh nghiệp KH&CN, lấy doanh nghiệp là trung tâm của hệ thống ĐMST quốc gia, các sản phẩm sáng tạo phục vụ trực tiếp doanh nghiệp nâng cao sức cạnh tranh, năng suất, chất lượng theo chuỗi giá trị',
              content: [
                'Thực hiện Quyết định số 844/QĐ-TTg ngày 18/05/2016 của Thủ tướng Chính phủ về việc phê duyệt Đề án: “Hỗ trợ hệ sinh thái khởi nghiệp ĐMST quốc gia đến năm 2025”, ngày 14/8/2017 UBND tỉnh đã ban hành Kế hoạch số 143/KH-UBND về hỗ trợ hệ sinh thái khởi nghiệp ĐMST năm 2017 - 2020; Kế hoạch số 39/KH-UBND ngày 15/02/2019 về hỗ trợ hệ sinh thái khởi nghiệp ĐMST năm 2019; Quyết định số 644/QĐ-UBND ngày 05/4/2019 về việc thành lập Ban Tổ chức Ngày hội khởi nghiệp ĐMST tỉnh Lạng Sơn và Kế hoạch số 50/KH-BTC ngày 17/4/2019 tổ chức ngày hội khởi nghiệp ĐMST năm 2019. Đẩy mạnh công tác phát triển doanh nghiệp KH&CN được thực hiện theo Nghị định số 13/2019/NĐ-CP ngày 01/02/2019 của Chính phủ về doanh nghiệp KH&CN.',
                'Hoạt động KH&CN tiếp tục được hoàn thiện theo hướng gắn kết, phục vụ trực tiếp việc nâng cao chất lượng tăng trưởng, năng lực cạnh tranh; tạo môi trường pháp lý thuận lợi cho doanh nghiệp trong quá trình sản xuất, kinh doanh, chuyển giao, đổi mới công nghệ; hỗ trợ hoạt động khởi nghiệp, đầu tư cho khởi nghiệp ĐMST; triển khai các hoạt động kết nối cung - cầu công nghệ, phát triển thị trường KH&CN.',
              ],
            },
            {
              type: 'heading',
              title: 'Nâng cao năng lực công nghệ, đổi mới công nghệ, ĐMST và đẩy mạnh nghiên cứu ứng dụng trong doanh nghiệp; khuyến khích khởi nghiệp ĐMST; cơ chế ưu đãi, phát triển doanh nghiệp ĐMST',
              content: [
                [
                  'Thực hiện Chỉ thị số 16/CT-TTg ngày 04/5/2017 của Thủ tướng Chính phủ về việc tăng cường năng lực tiếp cận cuộc Cách mạng công nghiệp lần thứ 4, UBND tỉnh đã ban hành văn bản số 795/UBND-KGVX ngày 10/8/2017 về việc đăng ký các hoạt động triển khai thực hiện Chỉ thị 16/CT-TTg , trong đó có ',
                  { type: 'figure', value: 6, format: 'count', unit: 'nhiệm vụ' },
                  ' thực hiện nằm trong giai đoạn 2016 - 2020; chỉ đạo các sở, ban, ngành, các huyện, thành phố triển khai đồng bộ các giải pháp công tác thực hiện có hiệu quả các nội dung công việc nhằm tăng cường năng lực tiếp cận cuộc cách mạng công nghiệp 4.0 trên địa bàn tỉnh.',
                ],
                'Chỉ đạo tiếp tục nâng cao năng lực cho các doanh nghiệp khởi nghiệp ĐMST; điều chỉnh, bổ sung các nhiệm vụ giải pháp hỗ trợ doanh nghiệp đổi mới công nghệ; tạo điều kiện cho doanh nghiệp phát triển theo chiều sâu dựa trên ĐMST và thành tựu của KH&CN. Trong đó có các nhiệm vụ giải pháp quan trọng liên quan đến bảo hộ quyền sở hữu trí tuệ; đẩy mạnh việc tạo lập, khai thác, quản trị tài sản trí tuệ của doanh nghiệp; tạo điều kiện cho doanh nghiệp tiếp cận, khai thác, sử dụng hiệu quả các tiến bộ KH&CN. Có cơ chế chính sách về thuế suất ưu đãi cho khởi nghiệp và đầu tư cho khởi nghiệp ĐMST; cơ chế thoái vốn, ưu đãi khi chuyển nhượng, thoái vốn; chính sách khai thác sử dụng nguồn nhân lực chất lượng cao trong và ngoài tỉnh...',
              ],
            },
            {
              type: 'heading',
              title: 'Phát triển nguồn nhân lực, nhất là nhân lực chất lượng cao đáp ứng yêu cầu phát triển, hội nhập và cuộc Cách mạng công nghiệp lần thứ 4',
              content: [
                'Những năm qua, Lạng Sơn đã quan tâm đến công tác phát triển nguồn nhân lực KH&CN, chú trọng đến nguồn nhân lực KH&CN có chất lượng cao; vận dụng linh hoạt các cơ chế, chính sách thu hút, trọng dụng và đào tạo nâng cao trình độ đối với đội ngũ cán bộ KH&CN. UBND tỉnh ban hành Quyết định số 2459/QĐ-UBND ngày 30/11/2018 về Chương trình hợp tác đào tạo nguồn nhân lực và phát triển khoa học và công nghệ giữa UBND tỉnh Lạng Sơn với Đại học Thái Nguyên giai đoạn 2018 - 2023.',
                'Phát huy vai trò của Liên hiệp các Hội khoa học và Kỹ thuật tỉnh trong việc tập hợp đội ngũ trí thức trên địa bàn trong công tác phổ biến kiến thức khoa học và công nghệ, qua đó góp phần xây dựng đội ngũ cán bộ KH&CN ngày càng phát triển cả về số lượng và chất lượng, từng bước đáp ứng yêu cầu phát triển của tỉnh.',
              ],
            },
            {
              type: 'heading',
              title: 'Cơ chế, chính sách khuyến khích, huy động nguồn kinh phí ngoài ngân sách đầu tư cho KH&CN và ĐMST, nhất là từ doanh nghiệp',
              content: [
                'Khuyến khích doanh nghiệp đầu tư vào hoạt động KH&CN nhằm đổi mới, cải tiến công nghệ, nâng cao chất lượng sản phẩm và hiệu quả sản xuất kinh doanh; góp phần nâng cao nhận thức của doanh nghiệp về vai trò của KH&CN trong phát triển sản xuất kinh doanh, tạo ra đòn bẩy kích cầu về công nghệ.',
              ],
            },
            {
              type: 'heading',
              title: 'Cơ chế khoán chi thực hiện nhiệm vụ KH&CN sử dụng NSNN',
              content: [
                'Thực hiện cơ chế khoán chi thực hiện nhiệm vụ KH&CN, UBND tỉnh đã chỉ đạo Sở KH&CN triển khai áp dụng đồng bộ các quy định về cơ chế khoán chi thực hiện nhiệm vụ KH&CN góp phần cụ thể hóa việc đổi mới mạnh mẽ cơ chế tài chính đối với hoạt động KH&CN thông qua các quy định về phương thức khoán chi, trao quyền chủ động cho chủ nhiệm nhiệm vụ và tổ chức chủ trì trong việc sử dụng kinh phí, đơn giản hóa thủ tục thanh quyết toán kinh phí. Tuy nhiên, mới thực hiện ở khoán chi từng phần.',
              ],
            },
            {
              type: 'heading',
              title: 'Việc thành lập và hoạt động các Quỹ KH&CN của các bộ, ngành, địa phương, các doanh nghiệp...; các vướng mắc trong quá trình triển khai thực hiện',
              content: [
                'Thực hiện Quyết định số 37/2015/QĐ-TTg ngày 08/9/2015 của Thủ tướng Chính phủ quy định điều kiện thành lập Quỹ phát triển KH&CN của Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tỉnh, thành phố trực thuộc Trung ương. Với điều kiện nhân lực, cơ sở vật chất và nguồn vốn điều lệ của tỉnh Lạng Sơn còn gặp nhiều khó khăn nên chưa thành lập quỹ phát triển KH&CN.',
              ],
            },
            {
              type: 'heading',
              title: 'Công tác cải cách hành chính, xây dựng nền hành chính hiện đại, chuyên nghiệp, năng động, phục vụ người dân và doanh nghiệp; thực hiện dỡ bỏ các điều kiện kinh doanh tạo thuận lợi cho doanh nghiệp',
              content: [
                'Quán triệt và tổ chức tuyên truyền thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính (CCHC) Nhà nước giai đoạn 2011 - 2020 và các văn bản hướng dẫn thực hiện, UBND tỉnh ban hành Quyết định số 254/QĐ-UBND ngày 08/3/2012 về việc phê duyệt Chương trình tổng thể CCHC tỉnh Lạng Sơn giai đoạn 2011 - 2020; Kế hoạch số 68/KH-UBND ngày 15/6/2016 của UBND tỉnh Lạng Sơn về việc CCHC tỉnh Lạng Sơn giai đoạn 2016 - 2020. Công tác CCHC luôn được UBND tỉnh quan tâm, chỉ đạo nhằm tạo điều kiện thuận lợi để phục vụ tốt nhất cho người dân và doanh nghiệp; tiếp tục rà soát, đơn giản hoá, công khai minh bạch thủ tục hành chính trong lĩnh vực quản lý nhà nước về KH&CN; đề xuất, kiến nghị sửa đổi các TTHC không phù hợp và gây phiền hà cho tổ chức, công dân; tiếp tục duy trì, cải tiến và áp dụng HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 và thực hiện có hiệu quả công tác CCHC.',
              ],
            },
          ],
        },
        {
          type: 'heading',
          title: 'Đánh giá kết quả hoạt động KH&CN và ĐMST',
          content: [
            {
              type: 'section',
              section: 'nghien-cuu-khcn',
              title: 'Kết quả thực hiện các nhiệm vụ KH&CN các cấp',
              data: {
                subsections: [
                  {
                    title: 'Đánh giá tình hình thực hiện nhiệm vụ KH&CN được giao trong các Nghị quyết của Đảng, Quốc hội, Chính phủ; Chỉ thị; Quyết định của Thủ tướng Chính phủ',
                    results: [
                      'Các nhiệm vụ KH&CN triển khai thực hiện bảo đảm bám sát các Nghị quyết của Đảng, Quốc hội, Chính phủ; Chỉ thị; Quyết định của Thủ tướng Chính phủ và định hướng phát triển kinh tế - xã hội của địa phương, tập trung nghiên cứu và đề xuất các giải pháp nâng cao năng suất, chất lượng, hiệu quả quản lý, sản xuất và kinh doanh, khai thác các thế mạnh của tỉnh; các mô hình ứng dụng chuyển giao KH&CN tiếp tục nâng cao hiệu quả trong sản xuất góp phần thiết thực vào phát triển kinh tế - xã hội của tỉnh. Việc triển khai các mô hình áp dụng chuyển giao KH&CN được đẩy mạnh và triển khai hiệu quả. Tăng cường hoạt động nghiên cứu, ứng dụng KH&CN gắn với chương trình tái cơ cấu ngành nông nghiệp và xây dựng nông thôn mới. Kết quả nghiên cứu từ các đề tài, dự án KH&CN được mở rộng áp dụng vào thực tiễn sản xuất và đời sống, góp phần nâng cao năng suất, chất lượng sản phẩm, đặc biệt là các hoạt động KH&CN liên quan đến hỗ trợ và phát triển doanh nghiệp, kinh tế hợp tác xã, kinh tế tư nhân.',
                    ],
                  },
                  {
                    title: 'Đánh giá tình hình thực hiện các nhiệm vụ KH&CN cấp Bộ',
                    results: [
                      'Trên cơ sở đề xuất đặt hàng của tỉnh, Bộ KH&CN đã phê duyệt thực hiện các đề tài, dự án KH&CN cấp Bộ: (1) Ứng dụng tiến bộ KH&CN xây dựng mô hình trồng cây dược liệu Bảy lá một hoa (Paris chinensis Franchet) tạo vùng sản xuất dược liệu tại tỉnh Lạng Sơn; (2) Xây dựng mô hình ứng dụng công nghệ sản xuất giống và nuôi thương phẩm cá trắng tại tỉnh Lạng Sơn... Bộ KH&CN đã tạo mọi điều kiện hỗ trợ, giải quyết kịp thời những khó khăn của địa phương như: quy trình chăm sóc và chế biến dược liệu Bảy lá một hoa; công nghệ chăm sóc cá trắng thương phẩm và cá giống,...hoạt động nghiên cứu, ứng dụng KH&CN của tỉnh ngày càng được nâng cao, các đề tài, dự án bước đầu đã phát huy hiệu quả, đóng góp tích cực vào phát triển kinh tế - xã hội của tỉnh.',
                    ],
                  },
                  {
                    title: 'Tình hình thực hiện các nhiệm vụ KH&CN cấp tỉnh',
                    results: [
                      [
                        'Từ năm 2016 đến nay, Sở KH&CN Lạng Sơn đã tổ chức triển khai thực hiện ',
                        {
                          type: 'figure',
                          value: 90,
                          format: 'count',
                          unit: 'đề tài, dự án',
                          breakdown: [
                            { label: 'lĩnh vực nông nghiệp và phát triển nông thôn', value: 45 },
                            { label: 'lĩnh vực xã hội - nhân văn', value: 23 },
                            { label: 'lĩnh vực y dược', value: 8 },
                            { label: 'lĩnh vực kỹ thuật - công nghệ', value: 14 },
                          ],
                        },
                        ' khoa học và công nghệ, trong đó: lĩnh vực nông nghiệp và phát triển nông thôn ',
                        { type: 'figure', value: 45, format: 'count', unit: 'đề tài, dự án' },
                        '; lĩnh vực xã hội - nhân văn ',
                        { type: 'figure', value: 23, format: 'count', unit: 'đề tài, dự án' },
                        '; lĩnh vực y dược: ',
                        { type: 'figure', value: 8, format: 'count', unit: 'đề tài, dự án' },
                        '; lĩnh vực kỹ thuật - công nghệ là ',
                        { type: 'figure', value: 14, format: 'count', unit: 'đề tài, dự án' },
                        '. Kết quả cụ thể cho từng lĩnh vực như sau:',
                      ],
                      { type: 'list', items: [
                        'Lĩnh vực nông nghiệp và phát triển nông thôn:',
                      ] },
                      'Trong lĩnh vực KH&CN phục vụ nông nghiệp và nông thôn tiếp tục tập trung vào nghiên cứu ứng dụng chuyển giao tiến bộ KH&CN về giống và quy trình kỹ thuật canh tác, chăn nuôi mới nhằm nâng cao năng suất, chất lượng sản phẩm đối với các cây trồng vật nuôi chủ lực, đặc sản có thể mạnh của địa phương; các giống cây trồng, vật nuôi mới, có lợi thế cạnh tranh; nghiên cứu ứng dụng KH&CN xây dựng các mô hình sản xuất hiệu quả phục vụ sản xuất đời sống của đồng bào các dân tộc trên địa bàn tỉnh; tăng cường bảo hộ quyền sở hữu trí tuệ cho các sản phẩm nông, lâm sản của địa phương nhằm phát triển thị trường tiêu thụ, xây dựng thương hiệu cho sản phẩm để đảm bảo sản phẩm nông nghiệp của tỉnh có sức cạnh tranh trên thị trường. Một số đề tài, dự án điển hình đang triển khai như:',
                      'Nghiên cứu đối với các cây trồng, vật nuôi chủ lực của tỉnh như cây Na, Hồi, Lợn, cụ thể: nghiên cứu một số biện pháp kỹ thuật canh tác rải vụ Na; nghiên cứu ứng dụng chế phẩm sinh học AVG (Retain) để kéo dài thời gian chín của quả Na tại huyện Chi Lăng; nghiên cứu các biện pháp phòng trừ sâu bệnh hại cây Hồi tại huyện Văn Quan và huyện Bình Gia; mô hình ứng dụng chuyển giao kỹ thuật chăn nuôi lợn nái Móng Cái tại huyện Bình Gia,...',
                      'Nghiên cứu đối với các cây trồng, vật nuôi là đặc sản có thế mạnh của địa phương như Quýt, Mác mật, Trám đen, Đào Mẫu Sơn, Măng Bát Độ, Dứa, Mít, Ếch hương,... cụ thể: nghiên cứu một số biện pháp kỹ thuật thâm canh, xử lý giảm hạt nâng cao năng suất và chất lượng Quýt Bắc Sơn, tại huyện Bắc Sơn; tuyển chọn cây Trám đen ưu tú, xây dựng mô hình nhân giống, trồng mới và thâm canh Trám đen tại huyện Hữu Lũng; ứng dụng tiến bộ KH&CN nhân giống và xây dựng mô hình trồng Sa nhân tím tại huyện Đình Lập; phục tráng giống Đào ăn quả Mẫu Sơn và phát triển một số giống đào mới tại khu Du lịch Mẫu Sơn; nghiên cứu, ứng dụng tiến bộ kỹ thuật, phục tráng và phát triển giống Mít bản địa tại huyện Hữu Lũng; nghiên cứu nhân giống, trồng thâm canh và chế biến Măng Bát Độ tại huyện Hữu Lũng; nghiên cứu, ứng dụng tiến bộ kỹ thuật, phục tráng và phát triển giống Dứa bản địa tại huyện Hữu Lũng; nghiên cứu và ứng dụng tiến bộ kỹ thuật xây dựng mô hình sản xuất cây Lan Kim Tuyến theo hướng hàng hóa tại huyện Đình Lập; nghiên cứu và ứng dụng tiến bộ kỹ thuật nâng cao giá trị cây Trà Hoa Vàng của huyện Đình Lập; nghiên cứu, phát triển cây Đào Chương tại huyện Đình Lập; nghiên cứu giá trị dinh dưỡng, dược học của cây Mác mật và sản xuất một số sản phẩm từ cây Mác mật; nghiên cứu xây dựng mô hình chăn nuôi Gà sáu ngón Mẫu Sơn; mô hình nuôi Ếch hương sinh sản và thương phẩm tại Mẫu Sơn,...',
                      'Các nghiên cứu đối với các giống cây trồng, vật nuôi mới (cây ăn quả, rau, hoa,...): ứng dụng tiến bộ kỹ thuật xây dựng mô hình thâm canh giống Táo Đài Loan (ĐL-BG) theo hướng sản xuất hàng hóa, tại huyện Hữu Lũng; xây dựng các mô hình chuyển giao kỹ thuật trồng xoài ăn xanh (có nguồn gốc từ Đài Loan) tại huyện Hữu Lũng; nghiên cứu ứng dụng tiến bộ kỹ thuật xây dựng các mô hình trồng cam, bưởi giống mới; nghiên cứu trồng thử nghiệm một số dòng, giống Bơ trong nước và nhập nội, xây dựng mô hình trồng mới theo hướng sản xuất hàng hóa tại các huyện Tràng Định, Đình Lập, Bình Gia và thành phố Lạng Sơn; ứng dụng tiến bộ kỹ thuật xây dựng mô hình nuôi trồng quả thể Nấm đông trùng hạ thảo; xây dựng mô hình sản xuất Măng tây xanh gắn với tiêu thụ sản phẩm tại huyện Lộc Bình,...',
                      [
                        'Về xác lập, quản lý và phát triển quyền sở hữu trí tuệ cho các sản phẩm nông, lâm đặc sản của địa phương như: tiếp tục quảng bá, phát triển ',
                        { type: 'figure', value: 2, format: 'count', unit: 'Chỉ dẫn địa lý' },
                        ' (Hồi Lạng Sơn, Hồng Bảo Lâm) và ',
                        { type: 'figure', value: 1, format: 'count', unit: 'Nhãn hiệu chứng nhận' },
                        ' (Na Chi Lăng). Hoàn thành việc xây dựng nhãn hiệu tập thể đối với ',
                        { type: 'figure', value: 20, format: 'count', unit: 'sản phẩm' },
                        ' (Rượu Mẫu Sơn; Hồng Vành khuyên Văn Lãng; Thạch đen, Quế, Quýt huyện Tràng Định; Quýt vàng Bắc Sơn; Khoai lang huyện Lộc Bình; Ba kích huyện Đình Lập; Chanh rừng của vùng núi Mẫu Sơn; rau của các xã: Tân Liên, Gia Cát của huyện Cao Lộc; Măng Bát Độ, Nem nướng, hoa quả tươi của huyện Hữu Lũng; Cao khô Vạn Linh và Ngựa Bạch của xã Hữu Kiên, rau Bò khai huyện Chi Lăng; Cao khô chợ Bãi, Rượu Hữu Lễ, huyện Văn Quan; Rượu Hội Hoan, huyện Văn Lãng) và nhãn hiệu tập thể cho ',
                        { type: 'figure', value: 1, format: 'count', unit: 'sản phẩm' },
                        ' (sản phẩm rau của thành phố Lạng Sơn). Tiếp tục thực hiện xây dựng nhãn hiệu cho các sản phẩm Thanh Long huyện Bình Gia, Trám đen huyện Văn Quan.',
                      ],
                      'Việc đăng ký bảo hộ quyền sở hữu trí tuệ cho các sản phẩm đặc sản nêu trên đã tích cực phát huy danh tiếng, uy tín của sản phẩm, bảo hộ cho những người sản xuất, kinh doanh; bảo vệ quyền lợi cho người tiêu dùng và góp phần thúc đẩy trong việc nâng cao năng suất, chất lượng và giá trị hàng hóa của sản phẩm.',
                      { type: 'list', items: [
                        'Lĩnh vực Khoa học xã hội và nhân văn:',
                      ] },
                      'Nghiên cứu ứng dụng các giải pháp chỉ đạo, định hướng và quy hoạch phục vụ phát triển kinh tế - xã hội, an ninh - quốc phòng của tỉnh như: nghiên cứu giải pháp nhằm nâng cao chất lượng kiểm tra các tổ chức đảng trực thuộc Tỉnh ủy và cán bộ, đảng viên thuộc diện Tỉnh ủy quản lý khi có dấu hiệu vi phạm trên địa bàn tỉnh Lạng Sơn trong giai đoạn hiện nay; nghiên cứu một số giải pháp hỗ trợ doanh nghiệp trên địa bàn tỉnh Lạng Sơn tiếp cận và áp dụng có hiệu quả các cơ chế chính sách ưu đãi của Nhà nước; nghiên cứu giải pháp nâng cao hiệu quả công tác phòng, chống tội phạm tàng trữ, vận chuyển, lưu hành tiền Việt Nam giả trên địa bàn tỉnh Lạng Sơn trong tình hình mới; nâng cao hiệu quả công tác công an tham gia giải quyết khiếu nại, tố cáo trên địa bàn tỉnh Lạng Sơn; nghiên cứu đề xuất một số giải pháp nhằm nâng cao kỹ năng quản trị kinh doanh cho một số doanh nghiệp hoạt động trong lĩnh vực du lịch trên địa bàn tỉnh Lạng Sơn; nghiên cứu xây dựng và phát triển sản phẩm du lịch đặc thù của huyện Bắc Sơn, tỉnh Lạng Sơn; nghiên cứu quản lý việc sử dụng đất nông nghiệp hiệu quả trên địa bàn huyện Chi Lăng và huyện Hữu Lũng phục vụ tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới...',
                      'Về giáo dục - đào tạo: tăng cường nghiên cứu ứng dụng nâng cao chất lượng trong quá trình chỉ đạo và giảng dạy như: nghiên cứu giải pháp nâng cao chất lượng dạy học tiếng Anh theo hướng tiếp cận năng lực học sinh Trung học cơ sở trên địa bàn tỉnh Lạng Sơn; nghiên cứu biên soạn tài liệu dạy học ngữ văn địa phương cấp Trung học cơ sở tỉnh Lạng Sơn nhằm xây dựng một số chủ đề dạy học ngữ văn theo dạng mở, gắn với hoạt động trải nghiệm sáng tạo, thực hành tại địa phương, nâng cao chất lượng dạy học theo yêu cầu đổi mới giáo dục; nghiên cứu một số giải pháp phát triển bền vững giáo dục Trung học cơ sở các xã biên giới tỉnh Lạng Sơn đến năm 2025, tầm nhìn đến năm 2030; nghiên cứu giải pháp nhằm nâng cao chất lượng công tác phân luồng học sinh sau Trung học cơ sở trên địa bàn tỉnh Lạng Sơn, giai đoạn 2018 - 2025... Qua đó nghiên cứu xây dựng chương trình đào tạo, bồi dưỡng phù hợp với yêu cầu thực tiễn, góp phần nâng cao chất lượng giáo dục.',
                      { type: 'list', items: [
                        'Lĩnh vực y dược:',
                      ] },
                      'Các hoạt động nghiên cứu ứng dụng KH&CN tiếp tục tập trung cho công tác điều trị và phòng, chống dịch bệnh, góp phần hạ thấp tỷ lệ tử vong, tiết kiệm chi phí, nâng hiệu quả điều trị, nâng cao chất lượng chăm sóc sức khỏe ban đầu cho Nhân dân, cụ thể: hoàn thành đề tài nghiên cứu đặc điểm dịch tễ gen bệnh Thalassemia của dân tộc Tày, Nùng trên địa bàn tỉnh Lạng Sơn và đề tài nghiên cứu cơ sở khoa học phục vụ xây dựng vùng bảo tồn gen cây dược liệu và quy hoạch phát triển dược liệu đến năm 2025 và định hướng đến năm 2035 trên địa bàn tỉnh Lạng Sơn; chuẩn bị nghiệm thu đề tài ứng dụng kỹ thuật kết hợp dẫn lưu não thất và sử dụng thuốc tiêu huyết khối Alteplaser trong điều trị giãn não thất cấp do chảy máu não thất; triển khai mô hình thí điểm kiểm soát kê đơn và bán thuốc kê đơn để sử dụng thuốc an toàn, hợp lý và hiệu quả trên địa bàn tỉnh Lạng Sơn,....',
                      { type: 'list', items: [
                        'Lĩnh vực kỹ thuật công nghệ:',
                      ] },
                      'Tập trung nghiên cứu, triển khai, đổi mới công nghệ, đổi mới thiết bị công nghệ và nâng cao năng suất chất lượng sản phẩm. Khuyến khích, hỗ trợ các doanh nghiệp ứng dụng máy móc thiết bị mới, công nghệ tiên tiến vào sản xuất và cải thiện môi trường như: nghiên cứu ứng dụng hệ thống sưởi ấm bằng khí Bioga cho chăn nuôi lợn nái sinh sản tại Hợp tác xã Hợp Thịnh; nghiên cứu ứng dụng công nghệ bơm nhiệt để thiết kế, chế tạo máy sấy Hồi; nghiên cứu, ứng dụng sản xuất gạch không nung và bê tông sử dụng tro xỉ của nhà máy nhiệt điện Na Dương; nghiên cứu ứng dụng công nghệ biến tính gỗ bằng vật liệu nano SiO2 trong gia công thanh gỗ cơ sở để sản xuất ván sàn từ gỗ Thông Mã Vĩ trên địa bàn tỉnh Lạng Sơn, ứng dụng màng sinh học chitosan-nano bạc nhằm kéo dài thời gian bảo quản quả Quýt của tỉnh Lạng Sơn; ứng dụng công nghệ thông tin quảng bá và tiêu thụ các sản phẩm nông sản của tỉnh Lạng Sơn...',
                    ],
                  },
                ],
              },
            },
            {
              type: 'heading',
              title: 'Phát triển tiềm lực KH&CN',
              content: [
                {
                  type: 'heading',
                  title: 'Tình hình hoạt động của các tổ chức KH&CN trên địa bàn',
                  content: [
                    [
                      'Hiện nay, tỉnh Lạng Sơn có ',
                      { type: 'figure', value: 1, format: 'count', unit: 'tổ chức' },
                      ' hoạt động KH&CN là Trung tâm ứng dụng, phát triển KH&CN và Đo lường chất lượng sản phẩm (gọi tắt là Trung tâm) trực thuộc Sở KH&CN. Trung tâm được thành lập năm 2018, trên cơ sở hợp nhất Trung tâm Ứng dụng tiến bộ KH&CN trực thuộc Sở KH&CN và Trung tâm Kỹ thuật TĐC thuộc Chi cục TĐC. Trung tâm thực hiện tự bảo đảm một phần chi thường xuyên theo quy định tại Nghị định số 54/2016/NĐ-CP ngày 14/6/2016 của Chính phủ, Thông tư số 90/2017/TT-BTC ngày 30/8/2017 của Bộ trưởng Bộ Tài chính, đã được UBND tỉnh phê duyệt tại Quyết định số 1452/QĐ-UBND ngày 02/8/2018; phù hợp với nội dung quy hoạch mạng lưới tổ chức KH&CN đến năm 2020, định hướng đến năm 2030 theo quyết định số 171/QĐ-TTg ngày 27/01/2016 của Thủ tướng Chính phủ.',
                    ],
                  ],
                },
                {
                  type: 'heading',
                  title: 'Tình hình thực hiện các cơ chế, chính sách phát triển nguồn nhân lực KH&CN',
                  content: [
                    'Thực hiện các văn bản của Chính phủ ban hành triển khai thực hiện cơ chế, chính sách đối với đội ngũ cán bộ KH&CN, UBND tỉnh đã tổ chức triển khai, quán triệt tới các cơ quan, đơn vị thuộc phạm vi quản lý Nghị định số 40/2014/NĐ-CP ngày 12/5/2014 của Chính phủ; Thông tư liên tịch số 21/2015/TTLT-BKHCN-BNV-BTC ngày 06/11/2015 của Bộ KH&CN, Bộ Nội vụ, Bộ Tài chính hướng dẫn thực hiện chính sách sử dụng, trọng dụng cá nhân hoạt động KH&CN. Hiện nay, tỉnh chưa có trường hợp nào đáp ứng tiêu chuẩn để thực hiện nâng bậc lương vượt bậc, đặc cách bổ nhiệm vào chức danh nghề nghiệp cao hơn không qua thi thăng hạng, không phụ thuộc vào năm công tác cũng như việc kéo dài thời gian công tác khi đến tuổi nghỉ chế độ. Việc trọng dụng đối với nhà khoa học tiếp tục được tỉnh quan tâm thực hiện, tuy nhiên nhiệm vụ KH&CN giao cho nhà khoa học chủ trì hiện nay mới chỉ dừng ở mức độ cấp tỉnh.',
                    'UBND tỉnh luôn quan tâm đào tạo, nâng cao trình độ chuyên môn đối với cán bộ KH&CN, coi đây là những giải pháp có tính đột phá trong chiến lược phát triển đội ngũ cán bộ KH&CN. Ưu tiên đào tạo, bồi dưỡng cán bộ KH&CN theo các lĩnh vực nghiên cứu ưu tiên mà Đảng và Nhà nước đã xác định, phù hợp với kế hoạch phát triển của tỉnh, gắn liền với việc thực hiện các chế độ đãi ngộ với cán bộ KH&CN hoàn thành xuất sắc chương trình đào tạo, bồi dưỡng.',
                  ],
                },
                {
                  type: 'heading',
                  title: 'Kết quả phát triển hạ tầng KH&CN thuộc phạm vi quản lý được giao',
                  content: [
                    [
                      'Tăng cường tiềm lực cho Trung tâm Ứng dụng phát triển KH&CN và đo lường chất lượng sản phẩm ',
                      { type: 'figure', value: 2, format: 'count', unit: 'dự án' },
                      ': (1) Dự án Xây dựng Trại thực nghiệm và các trang thiết bị kỹ thuật. Tổng mức đầu tư ',
                      { type: 'figure', value: 45.936, format: 'money', unit: 'tỷ đồng' },
                      '; (2) Dự án Đầu tư bổ sung, nâng cấp và cải tạo phòng thí nghiệm, nhà xưởng và tăng cường trang thiết bị kỹ thuật Trung tâm Ứng dụng tiến bộ KH&CN tỉnh Lạng Sơn, tổng mức đầu tư: ',
                      { type: 'figure', value: 20.392, format: 'money', unit: 'tỷ đồng' },
                      '. Tuy nhiên hai dự án đang ngừng triển khai do nằm trong danh mục các dự án đình, giãn, hoãn.',
                    ],
                    [
                      'Đối với dự án xây dựng Trạm Quan trắc và cảnh báo môi trường phóng xạ Lạng Sơn: thực hiện Công văn số 2479/BKH&CN-VNLNT ngày 03/10/2011 của Bộ KH&CN về việc lập dự án đầu tư, xây dựng Trạm Quan trắc và cảnh báo phóng xạ môi trường (QTCBMTPX) tại Lạng Sơn, ngay từ năm 2011, UBND tỉnh đã chủ động lập dự án đầu tư, xây dựng Trạm, với tổng mức đầu tư là ',
                      { type: 'figure', value: 5237000000, format: 'money' },
                      '. Ngày 18/01/2018, Bộ KH&CN đã có Công văn số 171/BKH&CN-VNLNT, trong đó xác định Trạm QTCBMTPX tỉnh Lạng Sơn là một trong ',
                      { type: 'figure', value: 4, format: 'count', unit: 'Trạm địa phương' },
                      ' thuộc mạng lưới QTCBMTPX quốc gia và sẽ được hỗ trợ kinh phí mua sắm trang thiết bị, xây dựng cơ sở vật chất theo Quy chuẩn kỹ thuật quốc gia tại Thông tư số 16/2013/TT-BKHCN ngày 30/7/2013 của Bộ trưởng Bộ KH&CN. Để Trạm có thể đi vào hoạt động, UBND tỉnh đã có Công văn số 368/UBND-KGVX ngày 26/4/2019 gửi Bộ KH&CN về việc đề nghị trang bị thiết bị và đào tạo nhân lực cho Trạm đáp ứng yêu cầu mạng lưới QTCBMTPX quốc gia. Tuy nhiên, đến nay vẫn chưa được trang bị.',
                    ],
                  ],
                },
              ],
            },
            {
              type: 'section',
              section: 'quan-ly-cong-nghe',
              title: 'Phát triển doanh nghiệp KH&CN, thị trường KH&CN',
              data: {
                results: [
                  [
                    'Từ năm 2016 - 2020, có ',
                    { type: 'figure', value: 5, format: 'count', unit: 'doanh nghiệp' },
                    ' được cấp giấy chứng nhận doanh nghiệp KH&CN. Việc hình thành và phát triển doanh nghiệp KH&CN trên địa bàn tỉnh còn gặp nhiều khó khăn, các doanh nghiệp trên địa bàn đa phần là doanh nghiệp nhỏ và vừa, chủ yếu là kinh doanh dịch vụ, chưa có thị trường KH&CN.',
                  ],
                ],
              },
            },
            {
              type: 'section',
              section: 'an-toan-buc-xa',
              title: 'Công tác đẩy mạnh ứng dụng năng lượng nguyên tử vì mục đích hòa bình; đảm bảo an toàn bức xạ và hạt nhân',
              data: {
                results: [
                  'Cùng với Kế hoạch ứng phó sự cố bức xạ, hạt nhân trên địa bàn tỉnh Lạng Sơn (đã được Bộ KH&CN phê duyệt tại Quyết định số 1563/QĐ-BKH&CN ngày 09/7/2012), UBND tỉnh ban hành Quyết định số 509/QĐ-UBND ngày 24/3/2018 về việc kiện toàn Ban Chỉ huy ứng phó sự cố bức xạ, hạt nhân tỉnh Lạng Sơn; Công văn số 344/UBND-KGVX về việc triển khai thực hiện Quyết định số 104/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch hành động quốc gia về phòng ngừa, phát hiện và chuẩn bị ứng phó nguy cơ, sự cố hóa học, sinh học, bức xạ và hạt nhân giai đoạn 2019 - 2025. Theo đó, các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thành phố theo chức năng, nhiệm vụ tổ chức chỉ đạo triển khai thực hiện tốt nội dung trong mục tiêu tổng quát và mục tiêu cụ thể đặt ra trong Kế hoạch.',
                ],
              },
            },
            {
              type: 'heading',
              title: 'Hợp tác và hội nhập quốc tế về KH&CN',
              content: [
                'Trao đổi các nội dung hợp tác KH&CN về nghiên cứu thử nghiệm các giống cây trồng, vật nuôi mới, tiếp tục phối hợp trao đổi với Sở KH&CN khu tự trị Choang - Quảng Tây (Trung Quốc) về hợp tác nghiên cứu, ứng dụng KH&CN trong thời gian tới. Thường xuyên cử các cán bộ tham gia các đoàn công tác nước ngoài để tìm hiểu và học tập kinh nghiệm trong lĩnh vực KH&CN.',
              ],
            },
            {
              type: 'section',
              section: 'thong-tin-thong-ke',
              title: 'Thông tin và thống kê KH&CN',
              data: {
                results: [
                  'Đầu tư, nâng cấp trang thiết bị an ninh mạng, thiết bị tường lửa; trang bị các phần mềm phát hiện, cảnh báo và diệt virus; theo dõi, giám sát và xử lý sự cố máy chủ, hệ thống mạng để phòng tránh các rủi ro mất an toàn thông tin mạng trước các cuộc tấn công mạng.',
                  'Hoạt động thống kê KH&CN trong thời gian qua đã từng bước phát triển và đạt được nhiều kết quả, phục vụ hiệu quả công tác quản lý, chỉ đạo, điều hành, xây dựng chiến lược và chính sách phát triển KH&CN của tỉnh. Báo cáo thống kê KH&CN đầy đủ và kịp thời theo Thông tư số 15/2018/TT-BKHCN ngày 15/11/2018 của Bộ trưởng Bộ KH&CN.',
                ],
              },
            },
            {
              type: 'section',
              section: 'phap-che-cai-cach-hanh-chinh',
              title: 'Công tác cải cách hành chính và xây dựng Chính phủ điện tử trong lĩnh vực KH&CN',
              data: {
                subsections: [
                  {
                    title: 'Công tác cải cách hành chính, kiểm soát thủ tục hành chính',
                    results: [
                      'Rà soát, cập nhật thường xuyên TTHC thuộc phạm vi chức năng quản lý từ Bộ KH&CN theo quy định tại Nghị định 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ và Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ kịp thời trình ban hành theo quy định.',
                    ],
                  },
                  {
                    title: 'Hiện đại hóa nền hành chính:',
                    results: [
                      'Nâng cấp số lượng TTHC thực hiện giải quyết trực tuyến mức độ 3, 4 theo Kế hoạch hằng năm; tăng cường việc tiếp nhận và trả kết quả hồ sơ TTHC qua dịch vụ bưu chính công ích. Tích hợp toàn bộ TTHC thực hiện trực tuyến lên cổng dịch vụ công trực tuyến của tỉnh và trang TTĐT của Sở tạo thuận lợi cho tổ chức, cá nhân trong phối hợp thực hiện các TTHC thuộc thẩm quyền.',
                    ],
                  },
                  {
                    title: 'Kết quả áp dụng hệ thống quản lý chất lượng ISO 9001 đối với cơ quan hành chính nhà nước theo Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ',
                    results: [
                      'Thường xuyên duy trì và áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước.',
                    ],
                  },
                ],
              },
            },
            {
              type: 'heading',
              title: 'Tình hình thực hiện các dự án sử dụng vốn đầu tư phát triển cho KH&CN',
              content: [
                [
                  'Năm 2016 - 2020 đã phân bổ: ',
                  {
                    type: 'figure',
                    value: 21474,
                    format: 'money',
                    unit: 'triệu đồng',
                    breakdown: [
                      { label: 'thiết bị cho Chi cục Tiêu chuẩn Đo lường chất lượng', value: 3036 },
                      { label: 'Hỗ trợ Dự án tăng cường năng lực kiểm định chất lượng công trình xây dựng', value: 13000 },
                      { label: 'Trạm quan trắc và cảnh báo phóng xạ môi trường', value: 5100 },
                      { label: 'Trại thực nghiệm và các trang thiết bị kỹ thuật', value: 213 },
                      { label: 'Nâng cấp cải tạo phòng thí nghiệm, nhà xưởng và tăng cường trang thiết bị kỹ thuật trung tâm ứng dụng tiến bộ khoa học và công nghệ', value: 125 },
                    ],
                  },
                  ' cho ',
                  { type: 'figure', value: 5, format: 'count', unit: 'dự án' },
                  ': (1) “thiết bị cho Chi cục Tiêu chuẩn Đo lường chất lượng”: ',
                  { type: 'figure', value: 3036, format: 'money', unit: 'triệu đồng' },
                  '; (2) “Hỗ trợ Dự án tăng cường năng lực kiểm định chất lượng công trình xây dựng”: ',
                  { type: 'figure', value: 13000, format: 'money', unit: 'triệu đồng' },
                  '; (3) “Trạm quan trắc và cảnh báo phóng xạ môi trường”: ',
                  { type: 'figure', value: 5100, format: 'money', unit: 'triệu đồng' },
                  '; (4) “Trại thực nghiệm và các trang thiết bị kỹ thuật”: ',
                  { type: 'figure', value: 213, format: 'money', unit: 'triệu đồng' },
                  '; (5) “Nâng cấp cải tạo phòng thí nghiệm, nhà xưởng và tăng cường trang thiết bị kỹ thuật trung tâm ứng dụng tiến bộ khoa học và công nghệ”: ',
                  { type: 'figure', value: 125, format: 'money', unit: 'triệu đồng' },
                  '. Các dự án đầu tư bước đầu đáp ứng một phần cơ sở vật chất phục vụ đắc lực cho công tác chuyên môn của địa phương.',
                ],
                [
                  'Kế hoạch năm 2021 dự kiến phân bổ ',
                  {
                    type: 'figure',
                    value: 33342,
                    format: 'money',
                    unit: 'triệu đồng',
                    breakdown: [
                      { label: 'Hỗ trợ Dự án tăng cường năng lực kiểm định chất lượng công trình xây dựng', value: 8342 },
                      { label: 'Nâng cấp cải tạo phòng thí nghiệm, nhà xưởng và tăng cường trang thiết bị kỹ thuật Trung tâm ứng dụng tiến bộ KH&CN', value: 10000 },
                      { label: 'Đầu tư trang thiết bị trạm quan trắc và cảnh báo phóng xạ môi trường', value: 15000 },
                    ],
                  },
                  ' cho ',
                  { type: 'figure', value: 3, format: 'count', unit: 'dự án' },
                  ': (1) “Hỗ trợ Dự án tăng cường năng lực kiểm định chất lượng công trình xây dựng”: ',
                  { type: 'figure', value: 8342, format: 'money', unit: 'triệu đồng' },
                  ' (dự án chuyển tiếp); (2): Nâng cấp cải tạo phòng thí nghiệm, nhà xưởng và tăng cường trang thiết bị kỹ thuật Trung tâm ứng dụng tiến bộ KH&CN (nay là Trung tâm Ứng dụng, phát triển KH&CN và đo lường chất lượng sản phẩm): ',
                  { type: 'figure', value: 10000, format: 'money', unit: 'triệu đồng' },
                  ' (dự án chuyển tiếp); (3) “Đầu tư trang thiết bị trạm quan trắc và cảnh báo phóng xạ môi trường” nguồn vốn đầu tư từ Bộ Khoa học và Công nghệ theo công văn số 368/UBND-KGVX ngày 26/4/2019 của UBND tỉnh Lạng Sơn về việc đề nghị trang bị thiết bị và đào tạo nhân lực cho Trạm quan trắc môi trường phóng xạ tỉnh Lạng Sơn: ',
                  { type: 'figure', value: 15000, format: 'money', unit: 'triệu đồng' },
                  ' (dự án mới);',
                ],
              ],
            },
            {
              type: 'heading',
              title: 'Các hoạt động hỗ trợ sản xuất, kinh doanh',
              content: [
                {
                  type: 'heading',
                  title: 'Hoạt động ứng dụng, chuyển giao, đổi mới công nghệ; nâng cao năng suất chất lượng sản phẩm, hàng hóa',
                  content: [
                    'Đẩy mạnh thông tin, tuyên truyền về chương trình Năng suất chất lượng (NSCL) tại địa phương; thực hiện tư vấn, hướng dẫn hỗ trợ cho các doanh nghiệp, hợp tác xã đăng ký tham gia dự án, thực hiện các nội dung: đăng ký nhãn hiệu, áp dụng mã số mã vạch, đăng ký sử dụng tem truy xuất nguồn gốc, thử nghiệm và công bố hợp chuẩn, áp dụng tiêu chuẩn VietGAP,... Tăng cường năng lực kỹ thuật và thực hiện các hệ thống quản lý đo lường thử nghiệm để đảm bảo chính xác trong hoạt động đánh giá sự phù hợp. Hoạt động này đã nâng cao nhận thức của các doanh nghiệp, hợp tác xã về nghiên cứu và ứng dụng KH&CN, đổi mới công nghệ, áp dụng các hệ thống quản lý và các công cụ quản lý tiên tiến để tăng khả năng cạnh tranh của doanh nghiệp, hợp tác xã; hỗ trợ doanh nghiệp, hợp tác xã xây dựng, áp dụng tiêu chuẩn, quy chuẩn kỹ thuật, các công cụ quản lý chất lượng, xây dựng nhãn hiệu, mã số mã vạch, sử dụng tem truy xuất nguồn gốc,... tạo bước đột phá cho các cơ sở sản xuất, kinh doanh, qua đó tạo bước chuyển biến rõ rệt về nâng cao NSCL của các cơ sở sản xuất, kinh doanh.',
                  ],
                },
                {
                  type: 'section',
                  section: 'so-huu-tri-tue',
                  title: 'Hoạt động sở hữu trí tuệ',
                  data: {
                    results: [
                      [
                        'Tập trung tập huấn, tư vấn, hướng dẫn thủ tục đăng ký bảo hộ quyền sở hữu trí tuệ, xây dựng, quảng bá thương hiệu, phổ biến các văn bản pháp luật liên quan nhằm nâng cao nhận thức của các cơ quan, doanh nghiệp, tổ chức và cá nhân trên địa bàn. UBND tỉnh phê duyệt ',
                        { type: 'figure', value: 2, format: 'count', unit: 'dự án' },
                        ' thuộc chương trình phát triển tài sản trí tuệ tỉnh Lạng Sơn giai đoạn 2016 - 2020 (Xây dựng nhãn hiệu tập thể cho sản phẩm Trám đen huyện Văn Quan và sản phẩm Thanh Long huyện Bình Gia). Cùng với nhiệm vụ tăng cường triển khai các hoạt động nghiên cứu, ứng dụng, chuyển giao KH&CN, tiến bộ kỹ thuật vào sản xuất thì việc xác lập, quản lý và phát triển quyền sở hữu trí tuệ cho các sản phẩm nông, lâm đặc sản của địa phương cũng được ưu tiên thực hiện, nhằm phát triển thị trường tiêu thụ, xây dựng thương hiệu cho sản phẩm để hỗ trợ các sản phẩm nông nghiệp của tỉnh có thêm sức cạnh tranh trên thị trường.',
                      ],
                    ],
                  },
                },
                {
                  type: 'section',
                  section: 'tieu-chuan-do-luong-chat-luong',
                  title: 'Hoạt động TĐC',
                  data: {
                    results: [
                      'Tăng cường công tác kiểm tra, khảo sát đo lường, chất lượng hàng hóa lưu thông trên thị trường nhằm đánh giá định lượng, chất lượng, việc thực hiện ghi nhãn hàng hóa từ đó đưa ra các biện pháp quản lý phù hợp; kịp thời phát hiện, cảnh báo về các sản phẩm không đảm bảo an toàn, từng bước tạo ra thị trường cạnh tranh lành mạnh, giúp người tiêu dùng lựa chọn được những sản phẩm chất lượng, an toàn, góp phần hạn chế buôn bán hàng giả, hàng kém chất lượng, hàng không đủ định lượng và chống gian lận thương mại trên địa bàn.',
                      'Hoạt động kiểm tra chất lượng hàng hóa nhập khẩu trong công tác hậu kiểm đã tạo điều kiện thuận lợi, môi trường thông thoáng, phù hợp cho doanh nghiệp thực thi các quy định của pháp luật. Hoạt động thông báo và hỏi đáp về hàng rào kỹ thuật trong thương mại (TBT) thường xuyên cập nhật và đăng tải kịp thời các thông báo, tin cảnh báo từ Văn phòng TBT Việt Nam lên các trang thông tin của đơn vị, qua đó hỗ trợ doanh nghiệp các thông tin hoặc biện pháp để tránh được những rủi ro trong thương mại.',
                      'Việc triển khai áp dụng, duy trì và cải tiến phiên bản phù hợp HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan hành chính nhà nước trên địa bàn tỉnh trong thời gian vừa qua đã góp phần đẩy mạnh công tác cải CCTTHC của tỉnh, giúp các đơn vị hệ thống hóa quy trình xử lý công việc hợp lý, khoa học, phù hợp với quy định của pháp luật tiến tới xây dựng nền hành chính thống nhất, trong sạch, hiện đại, hiệu lực, hiệu quả; xây dựng chính quyền kiến tạo, liêm chính và cung cấp dịch vụ có chất lượng, tạo sự hài lòng cho người dân.',
                    ],
                  },
                },
                {
                  type: 'heading',
                  title: 'Kết quả triển khai các giải pháp tăng cường năng lực tiếp cận cuộc Cách mạng công nghiệp lần thứ 4',
                  content: [
                    'UBND tỉnh đã chỉ đạo các sở, ban, ngành, các huyện, thành phố triển khai đồng bộ các giải pháp thực hiện có hiệu quả các nội dung công việc theo nhiệm vụ được giao tại Chỉ thị số 16/CT-TTg ngày 04/5/2017 của Thủ tướng Chính phủ.',
                  ],
                },
                {
                  type: 'section',
                  section: 'khoi-nghiep',
                  title: 'Hỗ trợ doanh nghiệp khởi nghiệp ĐMST',
                  data: {
                    results: [
                      'UBND tỉnh đã ban hành Kế hoạch số 143/KH-UBND ngày 14/8/2017 hỗ trợ hệ sinh thái khởi nghiệp tỉnh giai đoạn 2017 - 2020 và ban hành Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp ĐMST hằng năm với mục đích tạo phong trào lan tỏa trong các tổ chức, cá nhân, tiếp cận dần với phong trào chung trên cả nước; từ đó tìm kiếm, khuyến khích, thúc đẩy sự phát triển của những ý tưởng, dự án, sản phẩm, mô hình kinh doanh, doanh nghiệp khởi nghiệp mang tính ĐMST, có khả năng tăng trưởng nhanh dựa trên việc khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới trên địa bàn tỉnh.',
                    ],
                  },
                },
              ],
            },
            {
              type: 'section',
              section: 'ke-hoach-tai-chinh',
              title: 'Tình hình phân bổ và kết quả thực hiện dự toán ngân sách cho hoạt động KH&CN',
              data: {
                results: [
                  [
                    'NSNN chi cho KH&CN hằng năm được UBND tỉnh phân bổ bảo đảm không thấp hơn số kinh phí của Trung ương thông báo. Tuy nhiên, số kinh phí phân bổ hàng năm chưa bảo đảm tối thiểu ',
                    { type: 'figure', value: 2, format: 'percent' },
                    ' tổng chi ngân sách địa phương; chưa đáp ứng nhu cầu để triển khai thực hiện các nhiệm vụ KH&CN. Kinh phí đầu tư phát triển chi cho khoa học và công nghệ chủ yếu là nguồn vốn cân đối ngân sách của địa phương. Kết quả thực hiện dự toán ngân sách cho hoạt động KH&CN hàng năm đều đạt ',
                    { type: 'figure', value: 100, format: 'percent' },
                    ' kế hoạch giao.',
                  ],
                  'Bên cạnh những kết quả đạt được, việc phân bổ và sử dụng NSNN cho KH&CN của địa phương vẫn gặp những khó khăn như: nguồn kinh phí cho KH&CN chưa đa dạng, chủ yếu dựa vào NSNN; chưa huy động được nguồn lực từ xã hội, sự đóng góp từ các nguồn kinh phí khác; các doanh nghiệp trên địa bàn chưa quan tâm đầu tư nhiều cho KH&CN, vì vậy chưa đủ khả năng, nguồn lực để giải quyết các vấn đề cấp thiết của xã hội, các chương trình KH&CN quan trọng của tỉnh.',
                ],
              },
            },
            {
              type: 'section',
              section: 'danh-gia-chung',
              title: 'Đánh giá chung',
              // 11.1 and 11.2 are the section's strengths and weaknesses ("Hạn chế" is their default title).
              data: {
                titles: { strengths: 'Kết quả đạt được' },
                strengths: [
                  'Hoạt động KH&CN đã bám sát các văn bản chỉ đạo, hướng dẫn của Trung ương và chương trình, định hướng ưu tiên phát triển KH&CN phục vụ phát triển kinh tế - xã hội của tỉnh. Công tác quản lý hoạt động KH&CN từng bước được đổi mới phù hợp với yêu cầu thực tiễn, góp phần quan trọng vào việc nâng cao chất lượng, hiệu quả nghiên cứu, chuyển giao, ứng dụng KH&CN vào sản xuất và đời sống, đặc biệt gắn với chương trình tái cơ cấu ngành nông nghiệp và xây dựng nông thôn mới. Đối với các sản phẩm chủ lực của địa phương được hỗ trợ xây dựng đăng ký bảo hộ quyền sở hữu trí tuệ bước đầu phát huy được lợi thế, giá trị sản phẩm, đem lại thu nhập đáng kể cho người dân và góp phần thúc đẩy phát triển kinh tế, xã hội của tỉnh. Công tác sáng kiến cũng đã đi vào nề nếp, quy định về hoạt động sáng kiến trên địa bàn tỉnh Lạng Sơn đã góp phần tạo nên sự thống nhất, tạo điều kiện thuận lợi cho các cơ quan, đơn vị, các tổ chức, cá nhân trên địa bàn tỉnh tổ chức, triển khai thực hiện và thúc đẩy các hoạt động về sáng kiến trên địa bàn tỉnh.',
                  'Công tác triển khai hỗ trợ khởi nghiệp ĐMST đã bước đầu khởi sắc, góp phần nâng cao năng lực, kiến thức về Hệ sinh thái khởi nghiệp ĐMST; kỹ năng và kinh nghiệm về hoạt động trong chỉ đạo, điều hành để thúc đẩy hoạt động ĐMST cho lãnh đạo các sở, ngành, đoàn thể; các tổ chức, cá nhân có liên quan. Đối với việc tăng cường năng lực tiếp cận cuộc Cách mạng công nghiệp lần thứ 4, địa phương triển khai đồng bộ các giải pháp công tác thực hiện có hiệu quả các nhiệm vụ trong giai đoạn 2016 - 2020.',
                ],
                weaknesses: [
                  'Hình thành và phát triển doanh nghiệp KH&CN còn chậm, chưa có thị trường KH&CN, nguồn kinh phí đầu tư cho hoạt động nghiên cứu, ứng dụng KH&CN trên địa bàn tỉnh còn thấp, chủ yếu dựa vào NSNN, chưa huy động nguồn vốn ngoài xã hội. Tiềm lực KH&CN của địa phương còn hạn chế cả về số lượng và chất lượng: cơ sở vật chất kỹ thuật, trang thiết bị, máy móc thí nghiệm, thử nghiệm phục vụ hoạt động nghiên cứu khoa học và phát triển công nghệ còn thiếu; số lượng các tổ chức KH&CN và nguồn nhân lực KH&CN chưa đáp ứng yêu cầu, nhiệm vụ hoạt động nghiên cứu, tiếp nhận, chuyển giao KH&CN phục vụ phát triển kinh tế - xã hội trên địa bàn tỉnh.',
                ],
              },
            },
            {
              type: 'heading',
              title: 'Kiến nghị',
              content: [
                'Đề nghị Bộ KH&CN Ban hành văn bản hướng dẫn cụ thể việc xác định trị giá đối với hàng hóa giả mạo nhãn hiệu, chỉ dẫn địa lý. Bởi hiện nay có sự không đồng bộ trong việc thực hiện áp dụng các quy định tại: điểm d khoản 2 Điều 60 Luật Xử lý vi phạm hành chính; Điều 28 Nghị định số 105/2006/NĐ-CP ngày 22/9/2006 quy định chi tiết và hướng dẫn thi hành một số điều của Luật SHTT về bảo vệ quyền SHTT và quản lý nhà nước về SHTT.',
                'Đề nghị Bộ KH&CN có văn bản hướng dẫn về việc thực hiện Quy định về thẩm định hoặc có ý kiến về công nghệ đối với Dự án đầu tư có sử dụng công nghệ. Hiện nay có sự không đồng nhất trong quy định tại Luật Đầu tư năm 2014 và Luật Chuyển giao công nghệ năm 2017.',
                'Đề nghị Bộ KH&CN sớm ban hành định mức kinh tế - kỹ thuật dịch vụ sự nghiệp công sử dụng ngân sách nhà nước thuộc lĩnh vực KH&CN.',
                'Đề nghị Bộ KH&CN hỗ trợ các trang thiết bị, hoàn thiện cơ sở vật chất cũng như phương án đào tạo nhân lực phục vụ công tác vận hành, triển khai các nhiệm vụ của Trạm QTCBMTPX tỉnh Lạng Sơn, đáp ứng yêu cầu Mạng lưới QTCBMTPX quốc gia.',
                'Tăng nguồn kinh phí sự nghiệp KH&CN và đầu tư phát triển KH&CN cho tỉnh Lạng Sơn để đáp ứng nhu cầu phát triển KH&CN trong giai đoạn mới.',
              ],
            },
          ],
        },
      ],
    },
    {
      part: 'ke-hoach',
      // Title from the profile: "KẾ HOẠCH VÀ DỰ TOÁN NGÂN SÁCH KH&CN {{upper period}}".
      content: [
        {
          type: 'heading',
          title: 'Kế hoạch hoạt động khoa học và công nghệ năm 2021',
          content: [
            {
              type: 'section',
              section: 'nghien-cuu-khcn',
              title: 'Hoạt động nghiên cứu KH&CN',
              data: {
                results: [
                  [
                    'Năm 2021, tiếp tục chỉ đạo triển khai khoảng ',
                    { type: 'figure', value: 40, format: 'count', unit: 'đề tài, dự án' },
                    ' và tổ chức nhân rộng kết quả của các đề tài, dự án đã được nghiệm thu vào đời sống sản xuất, tập trung vào các lĩnh vực như:',
                  ],
                ],
                subsections: [
                  {
                    title: 'Lĩnh vực khoa học nông nghiệp',
                    results: [
                      { type: 'list', items: [
                        'Ứng dụng tiến bộ KH&CN để chọn lọc và phát triển giống cây trồng, vật nuôi có năng suất và chất lượng cao; nghiên cứu xây dựng các mô hình theo chuỗi giá trị từ khâu sản xuất đến tiêu thụ gắn với xây dựng nông thôn mới, chương trình mỗi xã một sản phẩm (OCOP).',
                        'Nghiên cứu, ứng dụng tiến bộ KH&CN trong thu hoạch, chế biến, bảo quản nông, lâm sản đặc biệt là các sản phẩm chủ lực của tỉnh bảo đảm an toàn vệ sinh thực phẩm; hình thành chuỗi cung ứng thực phẩm nông, lâm, thủy sản an toàn, đáp ứng yêu cầu thị trường trong nước và xuất khẩu.',
                        'Ứng dụng tiến bộ KH&CN nghệ truy xuất nguồn gốc cho sản phẩm; xác lập, quản lý và phát triển tài sản trí tuệ cho các sản phẩm nông sản chủ lực, đặc trưng, tiềm năng của tỉnh.',
                        'Phục tráng, bảo tồn, khai thác và phát triển nguồn gen các giống cây trồng, vật nuôi quý hiếm, đặc sản giá trị của địa phương.',
                      ] },
                    ],
                  },
                  {
                    title: 'Lĩnh vực kỹ thuật và công nghệ',
                    results: [
                      { type: 'list', items: [
                        'Nghiên cứu cải tiến và đổi mới công nghệ, lựa chọn công nghệ thích hợp nhằm nâng cao hiệu quả sản xuất, tạo ra các sản phẩm hàng hóa có chất lượng và khả năng cạnh tranh cao trong nước và xuất khẩu.',
                        'Nghiên cứu - ứng dụng các nguồn năng lượng mới, năng lượng mặt trời, năng lượng tái tạo, năng lượng sạch; các biện pháp sử dụng năng lượng hợp lý và tiết kiệm.',
                        'Ứng dụng các thành tựu KH&CN tiên tiến trong việc giảm thiểu ô nhiễm, khắc phục sự cố môi trường...',
                        'Nghiên cứu, ứng dụng và phát triển công nghệ thông tin, ứng phó với biến đổi khí hậu, phòng chống thiên tai, bảo vệ tài nguyên môi trường;',
                        'Ứng dụng công nghệ 4.0 trong các cơ quan nhà nước, đơn vị sự nghiệp, doanh nghiệp.',
                      ] },
                    ],
                  },
                  {
                    title: 'Lĩnh vực khoa học xã hội và nhân văn',
                    results: [
                      { type: 'list', items: [
                        'Nghiên cứu cơ sở lý luận và tổng kết thực tiễn trong việc hoạch định, thực hiện các chủ trương, nghị quyết trong phát triển kinh tế - xã hội của tỉnh và đề xuất giải pháp phát triển kinh tế - xã hội, nâng cao năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh Lạng Sơn.',
                        'Nghiên cứu đề xuất giải pháp phòng, chống các tệ nạn xã hội, tội phạm, chống hàng giả, hàng nhái, hàng kém chất lượng,... nhằm bảo vệ an ninh trật tự, an toàn xã hội và bảo vệ quyền lợi người tiêu dùng.',
                        'Nghiên cứu, phát triển du lịch theo hướng bền vững và toàn diện; nghiên cứu, bảo tồn và phát huy giá trị các di sản văn hóa của tỉnh.',
                        'Nghiên cứu các giải pháp phát triển giáo dục, đặc biệt là nâng cao chất lượng đội ngũ cán bộ, giáo viên giảng dạy, nâng cao chất lượng đào tạo học sinh, sinh viên và khuyến khích phong trào nghiên cứu khoa học, sáng tạo, sáng kiến trong hệ thống trường học nhằm đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục và đào tạo.',
                        'Nghiên cứu các giải pháp nâng cao năng lực quản lý trong các cơ quan quản lý nhà nước và các doanh nghiệp.',
                      ] },
                    ],
                  },
                  {
                    title: 'Lĩnh vực KH&CN phục vụ y dược',
                    results: [
                      { type: 'list', items: [
                        'Nghiên cứu, ứng dụng các công nghệ tiên tiến nhằm nâng cao chất lượng khám, chẩn đoán, điều trị bệnh tại Lạng Sơn.',
                        'Nghiên cứu các giải pháp điều trị bệnh kết hợp giữa y học hiện đại và y học cổ truyền; mô hình, giải pháp quản lý sức khỏe cộng đồng.',
                        'Nghiên cứu, ứng dụng KH&CN, công nghệ sinh học trong phát triển sản xuất, chế biến các loại cây dược liệu và các sản phẩm dược liệu trên địa bàn tỉnh.',
                      ] },
                    ],
                  },
                ],
              },
            },
            {
              type: 'heading',
              title: 'Hoạt động hợp tác về KH&CN',
              content: [
                'Hợp tác với các trường đại học, các tổ chức KH&CN trong nước, mạng lưới đại diện KH&CN nước ngoài, các tổ chức quốc tế, các doanh nghiệp nước ngoài về chuyển giao ứng dụng các thành tựu KH&CN tiên tiến trên một số lĩnh vực trọng yếu như: nông, lâm nghiệp; công nghệ sinh học; công nghệ bảo quản, chế biến; công nghệ thông tin; y dược...',
                'Cử các cán bộ tham gia các đoàn công tác nước ngoài để tìm hiểu và học tập kinh nghiệm trong lĩnh vực KH&CN. Tham gia các hội thảo, hội chợ công nghệ thiết bị quốc tế (tại khu vực).',
              ],
            },
            {
              type: 'section',
              section: 'quan-ly-cong-nghe',
              title: 'Công tác quản lý công nghệ và thị trường công nghệ',
              data: {
                results: [
                  'Nâng cao chất lượng công tác thẩm định về công nghệ nhằm ngăn ngừa công nghệ lạc hậu, công nghệ có nguy cơ tác động xấu đến môi trường, ảnh hưởng đến sức khỏe con người; thẩm định cơ sở khoa học các đồ án quy hoạch, chủ trương đầu tư, kế hoạch phát triển kinh tế - xã hội, báo cáo nghiên cứu khả thi..., góp phần phát triển kinh tế, xã hội địa phương theo hướng bền vững.',
                  'Tăng cường tập huấn đào tạo nâng cao nhận thức và chuyên môn nghiệp vụ trong công tác chuyển giao công nghệ. Hướng dẫn, hỗ trợ ươm tạo doanh nghiệp KH&CN, phát triển doanh nghiệp KH&CN. Triển khai các hoạt động giới thiệu, trưng bày, quảng bá các sản phẩm KH&CN như tổ chức các ngày hội, tham gia trưng bày, giới thiệu tại các hội chợ, triển lãm; xây dựng các chương trình tuyên truyền quảng bá trên các phương tiện thông tin đại chúng.',
                ],
              },
            },
            {
              type: 'section',
              section: 'so-huu-tri-tue',
              title: 'Công tác sở hữu trí tuệ',
              data: {
                results: [
                  'Tư vấn, hướng dẫn và hỗ trợ các tổ chức, cá nhân đăng ký bảo hộ quyền sở hữu trí tuệ, hướng dẫn lập hồ sơ, thẩm định cấp Giấy chứng nhận quyền sử dụng chỉ dẫn địa lý và hướng dẫn đăng ký sử dụng nhãn hiệu tập thể, nhãn hiệu công nghiệp cho các tổ chức, cá nhân có nhu cầu đối với các sản phẩm chủ lực của tỉnh đã được bảo hộ quyền sở hữu trí tuệ; tư vấn, hỗ trợ tạo lập, quản lý và phát triển tài sản trí tuệ cho các tổ chức, cá nhân theo yêu cầu.',
                  'Tổ chức các cuộc thi sáng tạo kỹ thuật trên địa bàn tỉnh nhằm thúc đẩy phong trào sáng tạo khoa học kỹ thuật đối với các em học sinh, sinh viên, các tổ chức, cá nhân trên địa bàn; tuyên truyền, tập huấn nâng cao nhận thức về hoạt động sáng kiến; tổ chức xét công nhận sáng kiến cấp tỉnh.',
                ],
              },
            },
            {
              type: 'section',
              section: 'an-toan-buc-xa',
              title: 'Công tác an toàn bức xạ và hạt nhân, phát triển ứng dụng bức xạ, đồng vị phóng xạ',
              data: {
                results: [
                  'Triển khai thực hiện Quyết định số 104/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch hành động quốc gia về phòng ngừa, phát hiện và chuẩn bị ứng phó nguy cơ, sự cố hóa học, sinh học, bức xạ và hạt nhân giai đoạn 2019 - 2025.',
                  'Hướng dẫn, kiểm tra các cơ sở sử dụng thiết bị X - quang chẩn đoán y tế thực hiện thủ tục đăng ký đào tạo, khai báo và thực hiện các TTHC trong lĩnh vực năng lượng nguyên tử. Tiến hành thẩm định, cấp chứng chỉ nhân viên bức xạ; cấp giấy phép tiến hành công việc bức xạ, xây dựng bản đồ phông phóng xạ; tổ chức diễn tập ứng phó sự cố bức xạ hạt nhân trên địa bàn tỉnh.',
                ],
              },
            },
            {
              type: 'section',
              section: 'thong-tin-thong-ke',
              title: 'Công tác thông tin, thống kê KH&CN',
              data: {
                results: [
                  'Chỉ đạo Sở KH&CN phối hợp với các cơ quan Thông tin, Báo chí tuyên truyền hoạt động KH&CN theo kế hoạch. Xuất bản Bản tin Thông tin KH&CN theo kế hoạch. Thực hiện các TTHC về đăng ký kết quả thực hiện nhiệm vụ KH&CN theo quy định. Cập nhật, duy trì hoạt động Trang thông tin điện tử.',
                ],
              },
            },
            {
              type: 'section',
              section: 'khoi-nghiep',
              title: 'Hỗ trợ hệ sinh thái khởi nghiệp ĐMST',
              data: {
                results: [
                  'Tổ chức tổng kết công tác hỗ trợ hệ sinh thái khởi nghiệp ĐMST giai đoạn 2017 - 2020; tổ chức triển khai thực hiện Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp ĐMST giai đoạn 2021 - 2025: duy trì hoạt động của Trang thông tin điện tử khởi nghiệp ĐMST; tổ chức đào tạo tập huấn kiến thức về khởi nghiệp ĐMST; nghiên cứu xây dựng, thành lập, duy trì hoạt động vườn ươm khởi nghiệp ĐMST trên địa bàn tỉnh; tổ chức, tham gia ngày hội khởi nghiệp quốc gia, vùng, địa phương...',
                ],
              },
            },
            {
              type: 'heading',
              title: 'Công tác tăng cường năng lực tiếp cận cuộc Cách mạng công nghiệp 4.0',
              content: [
                'Tiếp tục thực hiện có hiệu quả các nội dung công việc theo nhiệm vụ được giao tại Chỉ thị số 16/CT-TTg ngày 04/5/2017 của Thủ tướng Chính phủ.',
              ],
            },
            {
              type: 'section',
              section: 'tieu-chuan-do-luong-chat-luong',
              title: 'Công tác Tiêu chuẩn - Đo lường - Chất lượng',
              data: {
                results: [
                  'Tuyên truyền, phổ biến các văn bản quy phạm pháp luật trong lĩnh vực TĐC cho các tổ chức, cá nhân có liên quan trên địa bàn; thực hiện hỗ trợ doanh nghiệp/hợp tác xã về xây dựng, chứng nhận hợp chuẩn, hợp quy, ISO; đăng ký nhãn hiệu; áp dụng mã số mã vạch; sử dụng tem truy xuất nguồn gốc xuất xứ hàng hóa, xây dựng và áp dụng tiêu chuẩn VietGAP, hỗ trợ đổi mới công nghệ,... Duy trì cổng thông tin về NSCL. Tăng cường công tác quản lý nhà nước về đo lường đối với các tổ chức được công nhận khả năng kiểm định như thực hiện kiểm định đối chứng đối với phương tiện đo nhóm 2.',
                  'Thực hiện các nhiệm vụ duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước.',
                ],
              },
            },
            {
              type: 'section',
              section: 'thanh-tra',
              title: 'Công tác thanh tra',
              data: {
                results: [
                  'Chỉ đạo triển khai kế hoạch thanh tra KH&CN theo hướng dẫn của Bộ Khoa học và Công nghệ; chú trọng thanh tra định kỳ, đột xuất các lĩnh vực quản lý nhà nước về KH&CN; việc thi hành Luật KH&CN; Luật Sở hữu trí tuệ; Luật Đo lường; Luật Chất lượng sản phẩm, hàng hóa; Luật Bảo vệ người tiêu dùng; các đề tài/dự án, chuyển giao công nghệ và an toàn bức xạ, nhằm góp phần nâng cao công tác quản lý nhà nước về lĩnh vực KH&CN trên địa bàn tỉnh.',
                ],
              },
            },
            {
              type: 'section',
              section: 'hoat-dong-su-nghiep',
              title: 'Hoạt động sự nghiệp KH&CN',
              data: {
                results: [
                  'Duy trì các công nghệ đã nhận chuyển giao trong việc nhân nhanh giống cây trồng.',
                  'Nhân giống Khoai tây bằng công nghệ nuôi cấy mô tế bào trong phòng thí nghiệm và xây dựng mô hình sản xuất Khoai tây giống cấp siêu nguyên chủng, nguyên chủng tại Lạng Sơn; các mô hình ứng dụng tiến bộ khoa học và kỹ thuật vào sản xuất và đời sống; chăm sóc vườn thực nghiệm.',
                  'Tăng cường kiểm định, kiểm tra các cơ sở sử dụng máy X - quang, đồng hồ Taximet, cột đo xăng dầu, công tơ điện. Duy trì và cải tiến hệ thống quản lý phòng thử nghiệm theo tiêu chuẩn ISO/IEC 17025 và hệ thống phòng thử nghiệm xây dựng LAS 1172 phục vụ công tác quản lý nhà nước và các tổ chức, cá nhân.',
                ],
              },
            },
          ],
        },
        {
          type: 'section',
          section: 'ke-hoach-tai-chinh',
          title: 'KẾ HOẠCH KINH PHÍ VÀ DỰ TOÁN NGÂN SÁCH NĂM 2021',
          data: {
            // "Tổng kinh phí dự kiến là 66.769,9 triệu đồng, trong đó:" and its "-" list are generated (and the total checked).
            budget: {
              total: 66769.9,
              items: [
                { label: 'Kinh phí sự nghiệp KH&CN', amount: 33427.9 },
                { label: 'Kinh phí chi đầu tư phát triển', amount: 33342 },
              ],
            },
            results: ['(Chi tiết tại các phụ lục kèm theo).'],
          },
        },
      ],
    },
  ],
  closing: [
    'Trên đây là Kế hoạch hoạt động khoa học và công nghệ tỉnh Lạng Sơn năm 2021, UBND tỉnh Lạng Sơn rất mong nhận được sự quan tâm chỉ đạo, tạo điều kiện giúp đỡ của Bộ Khoa học và Công nghệ và các Bộ, ngành Trung ương liên quan./.',
  ],
  signer: { mode: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Long Hải' },
  recipients: {
    items: [
      'Bộ Khoa học và Công nghệ;',
      'Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
      'Các Sở: KHCN, KHĐT, TC;',
      'C, PVP UBND tỉnh, các Phòng: KG-VX, TH-NC, KT, THCB;',
      'Lưu: VT, KG-VX(NCD).',
    ],
  },
};
