"""Extraction quality on our own gold sets (tests/fixtures/*): other companies, industries, countries
and wording than the shared devset (tests/unit/test_extraction_scores.py holds the devset's product
thresholds).

Each blind set was written and scored BEFORE anyone changed a rule for it; that score is the honest
estimate for unseen articles (F1 orgs / people / deals / metrics):
  blind   0.786 / 0.839 / 0.625 / 0.680   (extractor version 2)
  blind2  0.900 / 0.872 / 0.667 / 0.713   (version 3)
  blind3  0.859 / 0.882 / 0.526 / 0.816   (version 4, deal-heavy: P 0.769, R 0.400 on deals)
  blind4  0.878 / 0.968 / 0.571 / 0.737   (version 5)
  blind5  0.745 / 0.865 / 0.333 / 0.518   (version 6; software earnings with tables and fiscal years)
  blind6  0.816 / 0.815 / 0.118 / 0.467   (version 6; bank and fintech deals in Asia, Africa, Middle East)
  blind7  0.698 / 0.721 / 0.294 / 0.380   (version 6; Europe, Latin America, Asia-Pacific, non-ASCII names)
  blind8  0.736 / 0.854 / 0.182 / 0.514   (version 6; wire, analysis, newsletter, release, interview)
Version 7 (syntax for titles and deals, the document period model, metric naming from the figure's
own phrase, the line and table reader) was written without reading blind5..8, so its score on them is
an honest estimate too: 0.761 / 0.904 / 0.283 / 0.548 on the 40 articles together (0.760 / 0.815 /
0.206 / 0.497 for version 6).
  blind9  0.675 / 0.871 / 0.240 / 0.472   (version 10; insurance, energy, pharma, logistics, gaming,
          telecom, agritech, chips, media; CHF/INR/JPY/DKK/KRW/ZAR/EUR/SEK/BRL; written 2026-12-04)
          0.721 / 0.881 / 0.370 / 0.519   (version 11, whose authors never read blind9)
  blind10 + blind11 (20 articles, written 2026-12-04 by annotators who read no code; cloud/software
          earnings and bank/fintech deals; retail, autos, airlines, mining, consumer, medtech, travel):
          0.788 / 0.923 / 0.312 / 0.447   (version 11)
          0.797 / 0.915 / 0.436 / 0.453   (version 12, whose authors never read them; named metrics
          0.485 -> 0.498, periods 0.680 -> 0.724, titles 0.867 -> 0.864)
  blind12 + blind13 (20 articles, written the same evening by two more code-blind annotators; cloud, data
          centres, banks, payments, insurtech; energy, chemicals, food, pharma, shipping, media):
          0.752 / 0.902 / 0.481 / 0.421   (version 12)
          0.765 / 0.902 / 0.487 / 0.534   (version 13, whose authors never read them; named metrics
          0.502 -> 0.608)
  blind14..blind17 (40 articles, written 2026-12-05 by four code-blind annotators; chips, data centres,
          insurance, exchanges; real estate, construction, food, logistics, hospitals, education; cloud and
          SaaS earnings; banks, fintech, telecom operators, industry):
          0.742 / 0.871 / 0.443 / 0.505   (version 13)
          0.740 / 0.871 / 0.487 / 0.541   (version 14, whose authors never read them; named metrics
          0.581 -> 0.616, periods 0.676 -> 0.668, titles 0.908 -> 0.908)
  blind18..blind21 (40 articles, written 2026-12-05 by four more code-blind annotators; cloud, SaaS and IT
          services in India, Japan, Korea, Europe, the US; energy, mining, utilities, autos, airlines in
          Australia, Canada, South Africa, the Nordics, Latin America; banks, insurers, fintech in Asia, the
          Gulf, Africa; consumer, retail, pharma, media, telecom in the Americas and Asia-Pacific):
          0.776 / 0.889 / 0.519 / 0.530   (version 14)
          0.800 / 0.905 / 0.519 / 0.575   (version 15, whose authors never read them; named metrics
          0.555 -> 0.603, periods 0.722 -> 0.728, titles 0.898 -> 0.900)
  blind22..blind25 (40 articles, written 2026-12-05 by four more code-blind annotators and audited by a
          fifth; semiconductors, hardware, data centres in Taiwan, Singapore, the UK, Canada, Brazil, Israel;
          industrials, logistics, ports, chemicals, food in Turkey, Poland, Indonesia, Vietnam, Mexico, the
          Gulf, Egypt, Nigeria; start-up rounds and hospital groups in Africa, Asia, Latin America, Europe;
          software, SaaS, telecom cloud arms and games in Ireland, Australia, Japan, France, Sweden, the UAE):
          0.775 / 0.911 / 0.465 / 0.594   (version 15)
          0.781 / 0.918 / 0.465 / 0.652   (version 16, whose authors never read them; named metrics
          0.685 -> 0.736, periods 0.707 -> 0.772, titles 0.856 -> 0.864)
  blind26..blind29 (40 articles, written 2026-12-05 by four more code-blind annotators and audited by a
          fifth; consumer internet, e-commerce, travel and delivery in India, Indonesia, the Philippines,
          Latin America, Kenya, Eastern Europe; cybersecurity, AI and dev-tools vendors with January, April,
          June or July years in the US, Israel, Germany, the Nordics, Korea, Japan; energy, utilities, oil
          and gas, mining in the Gulf, Central Asia, Australia, Chile, Peru, Morocco, South Africa, Norway;
          pharma, biotech, devices, consumer goods, apparel, retail in the US, the UK, Switzerland, Germany,
          Denmark, Hong Kong, Japan):
          0.745 / 0.919 / 0.438 / 0.525   (version 16)
          0.753 / 0.919 / 0.458 / 0.526   (version 17, whose authors never read them; named metrics
          0.646 -> 0.658, periods 0.635 -> 0.704, titles 0.831 -> 0.831)
  blind30..blind33 (40 articles, written 2026-12-05 by four more code-blind annotators while version 17
          was main, audited by a fifth; banks and insurers in Japan, Korea, Australia, Canada, Mexico,
          Chile, the Nordics; logistics, airlines, airports, railways in India, the Gulf, Turkey, Brazil,
          Southeast Asia, Germany, Kenya; food, agriculture, staples in Africa, Argentina, Ukraine,
          Vietnam, New Zealand; media, sport, music, education in Europe, India, Indonesia, the US):
          0.766 / 0.869 / 0.465 / 0.626   (version 17)
          0.780 / 0.869 / 0.475 / 0.610   (version 18, whose authors never read them; named metrics
          0.675 -> 0.661, periods 0.629 -> 0.615, titles 0.785 -> 0.785)
  blind34..blind37 (40 articles, written 2026-12-05 afternoon by four more code-blind annotators while
          version 18 was main, audited by a fifth; cloud, SaaS and IT-services earnings in the US, Europe,
          India; bank, payments and fintech deals in South Asia, Japan, Africa, the Middle East; telecoms,
          towers, data centres in Latin America, Romania, Southeast Asia, South Africa; industrial tech,
          aerospace and defence in Japan, Korea, Switzerland, Sweden, Italy, Israel, the US):
          0.752 / 0.903 / 0.534 / 0.625   (version 18)
          0.758 / 0.903 / 0.534 / 0.635   (version 19, whose authors never read them; named metrics
          0.671 -> 0.674, periods 0.729 -> 0.759, titles 0.873 -> 0.899)
  blind38..blind41 (40 articles, written the same afternoon by four more, audited by a sixth; cloud,
          hosting and IT-services mid-caps; insurers, microfinance, digital and Islamic banks in the Gulf,
          Africa, South and Southeast Asia; cloud units inside groups in East Asia, Europe, Latin America;
          hospitals, diagnostics, pharma, medtech in Asia-Pacific, Turkey, Poland, Latin America):
          0.757 / 0.900 / 0.446 / 0.510   (version 18)
          0.762 / 0.904 / 0.474 / 0.530   (version 19, whose authors never read them; named metrics
          0.521 -> 0.537, periods 0.693 -> 0.706, titles 0.779 -> 0.819)
  blind42..blind45 (40 articles, written 2026-12-05 evening by four more, audited by one more; cloud, SaaS
          and IT-services earnings in the US, Canada, Europe, India, Japan; bank and fintech deals in the
          Gulf, North Africa, Africa, South and Southeast Asia, Korea; retail, e-commerce, apparel and games
          with January-July fiscal years; autos, EVs, batteries, parts and chemicals):
          0.789 / 0.879 / 0.453 / 0.598   (version 19)
          0.789 / 0.892 / 0.453 / 0.598   (version 20 without one branch that saw a few of their lines,
          whose authors otherwise never read them; named metrics 0.644 -> 0.647, periods 0.776 ->
          0.824, titles 0.872 -> 0.916; with that branch: organizations 0.790, the rest the same)
  blind46..blind49 (40 articles, written 2026-12-05 night by four more, audited by one more, kept off main
          until every branch had stopped; cloud, data-centre, IT-services and cybersecurity earnings in the
          US, Europe, Israel, Asia-Pacific, Brazil; bank, insurance and fintech deals in Latin America,
          Turkey, Central Asia, Eastern Europe, Southeast Asia, East Africa; telecoms, towers, fibre and
          satellite operators; healthcare, pharma, medtech, biotech with March-December years):
          0.832 / 0.920 / 0.512 / 0.674   (version 20)
          0.840 / 0.935 / 0.525 / 0.732   (version 21, whose authors never read them; named metrics
          0.727 -> 0.778, periods 0.860 -> 0.869, titles 0.870 -> 0.860)
  blind50..blind53 (40 articles, written 2026-12-05 night by four more, audited by one more, kept off main
          until every branch had stopped; cloud, SaaS and internet-platform earnings with January-July
          years; partnerships, MoUs, joint ventures and strategic investments in energy, mining, ports and
          government programmes in the Gulf, Africa, South and Southeast Asia, Latin America; retail,
          e-commerce, consumer and quick commerce; semiconductors, electronics, autos, EV batteries):
          0.801 / 0.941 / 0.559 / 0.724   (version 21)
          0.806 / 0.946 / 0.559 / 0.718   (version 22, whose authors never read them; named metrics
          0.765 -> 0.760, periods 0.857 -> 0.855, titles 0.863 -> 0.854)
  blind54..blind57 (40 articles, written 2026-12-06 by four more, audited by one more, kept off main
          until every branch had stopped; banks, insurers, fintech and payments in Africa, the Gulf, South
          and Southeast Asia, Latin America; IT services, telecoms and data centres with cloud lines;
          pharma, biotech, medtech, hospitals; airlines, logistics, hotels and REITs):
          0.838 / 0.975 / 0.538 / 0.598   (version 22)
          0.847 / 0.975 / 0.533 / 0.618   (version 23, whose authors never read them; named metrics
          0.631 -> 0.668, periods 0.780 -> 0.778, titles 0.938 -> 0.938)
  blind58..blind65 (80 articles, written 2026-12-06 by eight more, audited by two more, kept off main
          until every branch had stopped; cloud and software earnings with January-July years; start-up
          funding rounds; energy, utilities, mining, conglomerates; media, gaming, consumer internet; cloud
          divisions inside groups; mergers and acquisitions; consumer goods and food; construction and
          materials):
          0.828 / 0.918 / 0.492 / 0.683   (version 23)
          0.830 / 0.918 / 0.488 / 0.683   (version 24, whose authors never read them; named metrics
          0.720 -> 0.720, periods 0.878 -> 0.887, titles 0.850 -> 0.850)
  blind66..blind73 (80 articles, written 2026-12-06 by eight more, audited by two more, kept off main
          until every branch had stopped; banks, insurers and fintech lenders; cloud revenue of mid-size
          software, IT-services and data-centre companies; partnerships, MoUs, joint ventures and investments
          in telecoms, logistics, airlines, health, education and government programmes; transport, telecoms
          and retail; pharma and health care; IT services with cloud lines; autos, EV and machinery; travel,
          hotels and REITs):
          0.804 / 0.940 / 0.544 / 0.670   (version 24)
          0.804 / 0.940 / 0.544 / 0.674   (version 25, whose authors never read them; named metrics
          0.707 -> 0.710, periods 0.867 -> 0.868, titles 0.894 -> 0.894)
  blind74..blind77 (40 articles, written 2026-12-06 by four more, audited by one more, kept off main
          until every branch had stopped; energy, utilities, mining and chemicals; consumer goods, food
          and retail; cloud revenue and cloud deals of telecoms, hardware and internet companies; deals in
          media, education, agritech, proptech and health start-ups):
          0.781 / 0.941 / 0.566 / 0.765   (version 25)
          0.781 / 0.941 / 0.566 / 0.767   (version 26, whose authors never read them; named metrics
          0.777 -> 0.780, periods 0.837 -> 0.838, titles 0.927 -> 0.927)
  blind78..blind81 (40 articles, written 2026-12-06 by four more, audited by two more, kept off main
          until every branch had stopped; banks, insurers, payments and fintech in Africa, the Middle East
          and South Asia; enterprise software, cloud and IT services in the US, Europe, India and Japan;
          industrials, carmakers, logistics, airlines and shipping in Europe, Latin America and Canada;
          health, pharma, biotech and telecom operators in Asia-Pacific):
          0.836 / 0.951 / 0.704 / 0.753   (version 26)
          0.839 / 0.951 / 0.704 / 0.756   (version 27, whose authors never read them; named metrics
          0.765 -> 0.765, periods 0.893 -> 0.889, titles 0.959 -> 0.959)
  blind82..blind85 (40 articles, written 2026-12-06 by four more, audited by two more, kept off main
          until every branch had stopped; retail, e-commerce and consumer goods in Latin America and
          Southeast Asia; energy, utilities and mining in Australia, Southern Africa, the Nordics and
          Canada; semiconductors, hardware and telecom equipment in Taiwan, Korea, Israel, Europe and the
          US; media, travel, hotels and real estate in the UK, the Gulf, India and Japan):
          0.833 / 0.893 / 0.614 / 0.729   (version 27)
          0.833 / 0.893 / 0.614 / 0.732   (version 28, whose authors never read them; named metrics
          0.763 -> 0.764, periods 0.852 -> 0.853, titles 0.955 -> 0.955)
  blind86..blind89 (40 articles, written 2026-12-06 by four more, audited by two more, kept off main
          until every branch had stopped; insurance, asset management, exchanges and payments in Germany,
          Switzerland, Brazil, Nigeria and Kenya; health, pharma, biotech and medical devices in China,
          Korea, Denmark, Ireland and the US; logistics, shipping, airlines, rail and carmakers in Mexico,
          Turkey, Poland, Singapore and Germany; cloud software, SaaS, cybersecurity and IT services in
          India, Israel, France, Canada and Australia):
          0.797 / 0.954 / 0.642 / 0.755   (version 28)
          0.814 / 0.954 / 0.642 / 0.756   (version 29, whose authors never read them; named metrics
          0.801 -> 0.801, periods 0.894 -> 0.894, titles 0.871 -> 0.871)
  blind90..blind93 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; energy, utilities, renewables, oil and gas and mining in Chile,
          South Africa, Norway, Indonesia and Saudi Arabia; banks, lenders, fintech and insurance brokers
          in Japan, Vietnam, Egypt, Spain and the Netherlands; retail, e-commerce, consumer goods, food and
          media in Italy, the Philippines, Argentina, Sweden and the UAE; telecoms, semiconductors,
          hardware, data centres and cloud infrastructure in Taiwan, Japan, the UK, the US and Spain):
          0.817 / 0.913 / 0.569 / 0.764   (version 29)
          0.829 / 0.913 / 0.602 / 0.764   (version 30, whose authors never read them; named metrics
          0.788 -> 0.788, periods 0.867 -> 0.867, titles 0.881 -> 0.881)
  blind94..blind97 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; pharma, biotech, medical devices, hospitals and health insurers
          in Switzerland, India, Brazil, Israel and Denmark; logistics, shipping, airlines, ports and car
          makers in Germany, South Korea, Mexico, Turkey and Singapore; enterprise software, SaaS and cloud
          platforms in the US, India, Australia, Canada and France; venture rounds, private equity, asset
          managers, insurers and development banks in Nigeria, Kenya, Poland, Malaysia and New Zealand):
          0.857 / 0.870 / 0.516 / 0.720   (version 30)
          0.859 / 0.870 / 0.516 / 0.720   (version 31, whose authors never read them; named metrics
          0.765 -> 0.765, periods 0.821 -> 0.821, titles 0.893 -> 0.893)
  blind98..blind101 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; chemicals, steel, cement, construction, engineering and
          real-estate developers in Thailand, Austria, Colombia, Ghana and Portugal; agribusiness, food
          and beverages, tobacco, grocery retail and consumer goods in Peru, Morocco, Pakistan, Finland
          and Ireland; telecom operators, media, streaming, gaming and advertising in the Philippines,
          the Netherlands, Belgium, Hungary and Saudi Arabia; cloud revenue inside larger groups and
          cloud and AI partnerships, data-centre joint ventures and investments in Japan, Germany,
          Indonesia, South Africa and Chile):
          0.840 / 0.810 / 0.471 / 0.694   (version 31)
          0.845 / 0.810 / 0.482 / 0.690   (version 32, whose authors never read them; named metrics
          0.727 -> 0.724, periods 0.796 -> 0.817, titles 0.835 -> 0.835)
  blind102..blind105 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; insurers, reinsurers, pension funds and asset managers in
          France, South Korea, Chile, Egypt and Canada; airlines, airports, hotels, travel platforms and
          tourism groups in Greece, Vietnam, Mexico, Kenya and Croatia; semiconductors, electronics
          manufacturing, batteries and electric-vehicle makers in Malaysia, Vietnam, Germany, the US and
          India; banks and fintech technology deals in Brazil, Indonesia, the UAE, Poland and
          Australia):
          0.857 / 0.882 / 0.472 / 0.697   (version 32)
          0.861 / 0.896 / 0.472 / 0.710   (version 33, whose authors never read them; named metrics
          0.776 -> 0.790, periods 0.826 -> 0.825, titles 0.860 -> 0.860)
  blind106..blind109 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; cloud and software earnings: hyperscale cloud units, SaaS and
          database companies, IT-services groups with cloud segments, fiscal years ending in January,
          June and September, in the US, Sweden, Israel, Spain and Taiwan; mining, oil and gas,
          renewables, power utilities and grid operators in Australia, Norway, Argentina, Kazakhstan and
          Indonesia; retail, e-commerce marketplaces, fashion, luxury and quick-commerce in Japan,
          Turkey, Nigeria, Italy and Chile; start-up funding rounds, venture funds, accelerators,
          university spin-outs and government innovation agencies' MoUs in Egypt, Estonia, Vietnam,
          Colombia and Singapore):
          0.866 / 0.888 / 0.477 / 0.748   (version 33)
          0.879 / 0.918 / 0.526 / 0.756   (version 34, whose authors never read them; named metrics
          0.809 -> 0.809, periods 0.786 -> 0.787, titles 0.843 -> 0.845)
  blind110..blind113 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; cloud revenue inside IT-services, telecom and internet groups,
          and cloud, AI and data-centre contracts and partnerships, in India, the UK, Ireland, Japan and
          Canada, fiscal years ending in March, June and December; automotive suppliers, industrial
          machinery, aerospace and defence makers in France, Japan, Brazil, Poland and Canada; sovereign
          wealth funds, pension-backed infrastructure investors, public-private partnerships and
          government MoUs in Qatar, Norway, Singapore, Rwanda and Chile; healthcare services, edtech,
          payments and insurtech start-ups and their funding rounds, acquisitions and partnerships in
          the Philippines, Mexico, Spain, Kenya and Bangladesh):
          0.881 / 0.856 / 0.510 / 0.771   (version 33)
          0.895 / 0.860 / 0.520 / 0.777   (version 35, whose authors never read them; named metrics
          0.829 -> 0.829, periods 0.870 -> 0.872, titles 0.896 -> 0.896)
  blind114..blind117 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; banks, fintechs and insurers: quarterly and annual results,
          acquisitions, stake sales and fintech funding rounds in Malaysia, Egypt, the United Arab
          Emirates, Vietnam and Poland; cloud, SaaS and IT-services earnings of US, European and Indian
          companies with fiscal years ending in January, March, May or July (segment tables, cloud
          revenue, remaining performance obligations, constant currency) and their cloud partnerships;
          logistics, shipping, airlines, ports and rail: results, joint ventures, concessions and fleet
          deals in Greece, Denmark, the United Arab Emirates, Panama and South Korea; pharmaceuticals,
          biotech and medical devices: licensing deals, acquisitions, collaboration agreements and results
          in Switzerland, India, South Korea, Belgium and Brazil):
          0.867 / 0.854 / 0.546 / 0.777   (version 35)
          0.876 / 0.860 / 0.599 / 0.788   (version 36, whose authors never read them; named metrics
          0.809 -> 0.814, periods 0.856 -> 0.849, titles 0.924 -> 0.938)
  blind118..blind121 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; semiconductors, electronics and electronics manufacturing
          services: results, joint ventures, government subsidies and plant investments in Taiwan, the
          Netherlands, Malaysia, the United States and Israel; electric utilities, power producers and
          water companies: results, power purchase agreements, MoUs with governments and acquisitions in
          South Africa, Vietnam, Spain, Saudi Arabia and Mexico; data-centre operators, telecom towers and
          AI infrastructure: cloud revenue of groups with a cloud unit, data-centre joint ventures,
          sovereign AI MoUs and infrastructure funding in the Gulf states, India, Australia, Nigeria and
          Germany; consumer goods, beverages, hospitality and travel: results with segment and region
          lines, acquisitions, brand sales and franchise deals in Turkey, Thailand, South Africa,
          Argentina and France):
          0.896 / 0.888 / 0.582 / 0.797   (version 35)
          0.903 / 0.888 / 0.612 / 0.801   (version 36, whose authors never read them; named metrics
          0.855 -> 0.859, periods 0.857 -> 0.855, titles 0.893 -> 0.893)
  blind122..blind125 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; telecom operators and tower companies: results with subscriber
          counts, ARPU and data revenue, spectrum purchases, tower sales and network-sharing deals in
          Nigeria, Indonesia, Peru, Romania and Pakistan; cloud revenue of software and IT groups: cloud,
          subscription and SaaS revenue with segment lines, fiscal years ending in March, June or January,
          cloud partnerships and acquisitions in Germany, Japan, Brazil, Israel and Australia; mining,
          metals and the energy transition: lithium, copper and nickel results, offtake agreements, joint
          ventures, streaming deals and acquisitions in Chile, Australia, Canada, the DR Congo and
          Indonesia; retail, e-commerce and marketplaces: results with GMV and order counts, funding
          rounds with several investors, acquisitions of chains in Vietnam, Egypt, Colombia, Saudi Arabia
          and Poland):
          0.901 / 0.962 / 0.607 / 0.771   (version 36)
          0.901 / 0.951 / 0.607 / 0.787   (version 37, whose authors never read them; named metrics 0.831
          -> 0.844, periods 0.825 -> 0.821, titles 0.854 -> 0.875)
  blind126..blind129 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; agriculture, food processing and agritech: crop and dairy
          results, cooperatives, grain-trading deals, funding rounds and government programmes in Kenya,
          Ukraine, Brazil, India and New Zealand; media, gaming, entertainment and sports: studio
          acquisitions, broadcasting-rights deals, subscriber and revenue results, streaming partnerships
          in South Korea, the UK, Mexico, Sweden and Japan; real estate, construction and engineering:
          contracts awarded, joint ventures, REIT results with occupancy and rental income, developer
          acquisitions in the UAE, the Philippines, Morocco, Turkey and Ireland; asset managers, private
          equity and venture funds: fund closes with several limited partners, buyouts, secondary sales,
          co-investments and managers' results in Luxembourg, Singapore, Nigeria, Canada and Hong Kong):
          0.838 / 0.850 / 0.446 / 0.739   (version 36)
          0.836 / 0.859 / 0.443 / 0.751   (version 37, whose authors never read them; named metrics 0.790
          -> 0.796, periods 0.816 -> 0.811, titles 0.871 -> 0.871)
  blind130..blind133 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; chemicals, fertilisers and industrial gases: results with volume
          and price lines, plant joint ventures, supply contracts and acquisitions in Germany, Saudi Arabia,
          India, Morocco and Brazil; cloud revenue of internet platforms and hyperscalers' regional units
          with segment tables, March, June or September years and sovereign-cloud partnerships in France,
          South Korea, Indonesia, Canada and the UAE; microfinance, credit unions and digital lenders: loan
          books, deposits, NPL ratios, debt raises and acquisitions in Ghana, Cambodia, Peru, Uzbekistan
          and Bangladesh; shipbuilding, defence electronics and space: ministries' contracts, joint
          ventures, satellite deals and results in Norway, South Korea, Italy, India and Japan):
          0.860 / 0.893 / 0.571 / 0.753   (version 37)
          0.860 / 0.893 / 0.580 / 0.763   (version 38, whose authors never read them; named metrics 0.759
          -> 0.772, periods 0.735 -> 0.747, titles 0.772 -> 0.772)
  blind134..blind137 (40 articles, written 2026-12-07 by four more, audited by two more, kept off main
          until every branch had stopped; hospitals, clinics and diagnostics chains: bed counts and
          occupancy, clinic acquisitions, PPP concessions and rounds in Turkey, Malaysia, Nigeria, Mexico
          and Poland; renewable developers and battery makers: PPAs, project finance with several banks,
          joint ventures and results in Chile, Vietnam, Morocco, Australia and Hungary; airlines, airports
          and tourism platforms: traffic and revenue with March years, codeshares, airport concessions and
          acquisitions in India, Kenya, Colombia, Greece and New Zealand; education, HR and B2B software
          start-ups: ARR and customer counts, rounds named across sentences, acquisitions and government
          MoUs in Estonia, Nigeria, Singapore, Argentina and Egypt):
          0.851 / 0.880 / 0.594 / 0.826   (version 37)
          0.852 / 0.890 / 0.603 / 0.826   (version 38, whose authors never read them; named metrics 0.860
          -> 0.860, periods 0.838 -> 0.842, titles 0.869 -> 0.871)
Each set's README.md says what it holds and which labelling calls it made; blind4/ERRORS.md lists
every error it had before. Having been read, a set is a regression guard, not an estimate: each score
(F1 per slot, accuracy per attribute) must stay within a hair of what the set reaches today
(tests/unit/scores_today.py), so one lost fact fails. Never raise a score by adding a set's answers to
code or data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.scores_today import scores_below_today

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


# Articles per set; the thresholds are today's scores in tests/unit/scores_today.py. Known misses (the
# errors `dealwire eval --details` lists, by cause): heldout misses 1 of 8 deals; blind misses lower-case
# "stc Group", "Mobily", "LSEG", "Bluebeam", the two deals between unrecognized Gulf operators, and market
# shares in a later paragraph lose their quarter; blind2 misses "Sea's Shopee e-commerce platform"; blind3
# misses Square and Afterpay (and their deal), folds Tata Sons into Tata Group and reads a valuation as a
# metric of an investor; blind4 folds DBS Bank into DBS Group Holdings, takes a dateline city and a place
# after "in" (as a person), and misses segment figures, multiplicative growth and an About-paragraph
# headcount. Deal amounts and dates are scored since issue 15; the misses are listed by --details.
# blind5..blind8 (40 articles, written 2026-12-04) list their before-tuning scores and every error then in
# their README.md and ERRORS.md; blind9 likewise (scored by extractor versions 10 and 11 before tuning),
# blind10 and blind11 too (versions 11 and 12), blind12 and blind13 (versions 12 and 13), blind14..17
# (versions 13 and 14), blind18..21 (versions 14 and 15), blind22..25 (versions 15 and 16), blind26..29
# (versions 16 and 17), blind30..33 (versions 17 and 18), blind34..41 (versions 18 and 19), blind42..45
# (versions 19 and 20), blind46..49 (versions 20 and 21), blind50..53 (versions 21 and 22), blind54..57
# (versions 22 and 23), blind58..65 (versions 23 and 24), blind66..73 (versions 24 and 25),
# blind74..77 (versions 25 and 26), blind78..81 (versions 26 and 27), blind82..85 (versions 27 and 28),
# blind86..89 (versions 28 and 29), blind90..93 (versions 29 and 30), blind94..97 (versions 30 and 31),
# blind98..101 (versions 31 and 32), blind102..105 (versions 32 and 33), blind106..109 (versions 33 and
# 34), blind110..113 (versions 33 and 35), blind114..121 (versions 35 and 36), blind122..129 (versions 36
# and 37), blind130..137 (versions 37 and 38).
GOLD_SETS = {
    "heldout": 9, "blind": 10, "blind2": 10, "blind3": 10, "blind4": 10,
    "blind5": 10, "blind6": 10, "blind7": 10, "blind8": 10, "blind9": 10, "blind10": 10, "blind11": 10,
    "blind12": 10, "blind13": 10, "blind14": 10, "blind15": 10, "blind16": 10, "blind17": 10,
    "blind18": 10, "blind19": 10, "blind20": 10, "blind21": 10,
    "blind22": 10, "blind23": 10, "blind24": 10, "blind25": 10,
    "blind26": 10, "blind27": 10, "blind28": 10, "blind29": 10,
    "blind30": 10, "blind31": 10, "blind32": 10, "blind33": 10,
    "blind34": 10, "blind35": 10, "blind36": 10, "blind37": 10,
    "blind38": 10, "blind39": 10, "blind40": 10, "blind41": 10,
    "blind42": 10, "blind43": 10, "blind44": 10, "blind45": 10,
    "blind46": 10, "blind47": 10, "blind48": 10, "blind49": 10,
    "blind50": 10, "blind51": 10, "blind52": 10, "blind53": 10,
    "blind54": 10, "blind55": 10, "blind56": 10, "blind57": 10,
    "blind58": 10, "blind59": 10, "blind60": 10, "blind61": 10,
    "blind62": 10, "blind63": 10, "blind64": 10, "blind65": 10,
    "blind66": 10, "blind67": 10, "blind68": 10, "blind69": 10,
    "blind70": 10, "blind71": 10, "blind72": 10, "blind73": 10,
    "blind74": 10, "blind75": 10, "blind76": 10, "blind77": 10,
    "blind78": 10, "blind79": 10, "blind80": 10, "blind81": 10,
    "blind82": 10, "blind83": 10, "blind84": 10, "blind85": 10,
    "blind86": 10, "blind87": 10, "blind88": 10, "blind89": 10,
    "blind90": 10, "blind91": 10, "blind92": 10, "blind93": 10,
    "blind94": 10, "blind95": 10, "blind96": 10, "blind97": 10,
    "blind98": 10, "blind99": 10, "blind100": 10, "blind101": 10,
    "blind102": 10, "blind103": 10, "blind104": 10, "blind105": 10,
    "blind106": 10, "blind107": 10, "blind108": 10, "blind109": 10,
    "blind110": 10, "blind111": 10, "blind112": 10, "blind113": 10,
    "blind114": 10, "blind115": 10, "blind116": 10, "blind117": 10,
    "blind118": 10, "blind119": 10, "blind120": 10, "blind121": 10,
    "blind122": 10, "blind123": 10, "blind124": 10, "blind125": 10,
    "blind126": 10, "blind127": 10, "blind128": 10, "blind129": 10,
    "blind130": 10, "blind131": 10, "blind132": 10, "blind133": 10,
    "blind134": 10, "blind135": 10, "blind136": 10, "blind137": 10,
}


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def scored(request):
    from pipelines.extraction.evaluate import evaluate_folders

    folder = FIXTURES / request.param
    return request.param, folder, evaluate_folders([folder])


def test_every_article_was_scored(scored):
    name, folder, report = scored
    assert len(report.articles) == len(list(folder.glob("*.json"))) == GOLD_SETS[name]


def test_scores_hold_at_todays_level(scored):
    name, _, report = scored
    assert scores_below_today(report, name) == {}, name
