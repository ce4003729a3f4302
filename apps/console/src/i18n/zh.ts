import chineseMessagesPack from '@haxqer/ra-language-chinese';

// The pack is CommonJS typed against react-admin 4 (its messages are plain strings all the same); depending on
// the bundler's interop its messages are the default import or that import's `default`.
const pack = chineseMessagesPack as unknown as { default?: Record<string, unknown> } & Record<string, unknown>;
const chineseMessages: Record<string, unknown> = pack.ra ? pack : pack.default ?? {};

/** 简体中文：react-admin 自带消息，加上 Tierwise 的字段、枚举与提示。 */
export const zh = {
  ...chineseMessages,
  enums: {
    ProductType: {
      WEALTH_PRODUCT: '理财产品', MONEY_MARKET_FUND: '货币基金', FUND: '基金', DEPOSIT: '存款', INSURANCE: '保险',
      LOAN: '贷款', MORTGAGE: '住房按揭', CREDIT_LINE: '信用额度', BUNDLE: '组合产品', PRIVATE_FUND: '私募基金', FAMILY_TRUST: '家族信托',
    },
    ProductStatus: { DRAFT: '草稿', ACTIVE: '在售', SUSPENDED: '暂停', RETIRED: '下架' },
    RiskLevel: { R1: 'R1 · 低风险', R2: 'R2 · 中低风险', R3: 'R3 · 中风险', R4: 'R4 · 中高风险', R5: 'R5 · 高风险' },
    PartnerKind: {
      FUND_MANAGER: '基金管理人', INSURER: '保险公司', TRUST_COMPANY: '信托公司', BANK: '银行', SECURITIES_FIRM: '证券公司',
      REAL_ESTATE_AGENCY: '房产中介', EDUCATION_AGENCY: '教育/留学机构', HEALTHCARE: '医疗健康', TRAVEL: '出行服务',
      LEGAL_TAX: '法律税务', OTHER: '其他',
    },
    PartnerStatus: { ACTIVE: '合作中', SUSPENDED: '暂停', TERMINATED: '已终止' },
    BenefitCategory: { POINTS: '积分', FEE_WAIVER: '费用减免', HEALTH: '健康', TRAVEL: '出行', EDUCATION: '教育', ADVISORY: '咨询顾问', LEGAL_TAX: '法律税务' },
    BenefitStatus: { ACTIVE: '启用', INACTIVE: '停用' },
    AdvisorModel: { POOLED_WEALTH_ADVISOR: '网点理财经理（共享）', DEDICATED_ACCOUNT_MANAGER: '专属客户经理', PRIVATE_BANKER: '私人银行家' },
    RiskPreference: { CONSERVATIVE: '保守', STEADY: '稳健', BALANCED: '平衡', AGGRESSIVE: '进取' },
    LifeStage: { YOUNG_SINGLE: '单身青年', MARRIED_NO_CHILDREN: '已婚未育', MARRIED_WITH_CHILDREN: '已婚有子女', EMPTY_NEST: '空巢', RETIRED: '退休' },
    Occupation: { BUSINESS_OWNER: '企业主', EMPLOYEE: '工薪族', FREELANCER: '自由职业', RETIRED: '退休', STUDENT: '学生', OTHER: '其他' },
    NeedType: {
      HOME_PURCHASE: '购房', EDUCATION: '子女教育', STUDY_ABROAD: '留学', RETIREMENT: '养老', WEALTH_GROWTH: '财富增值',
      RISK_PROTECTION: '风险保障', BUSINESS_FINANCING: '经营融资', WEALTH_TRANSFER: '财富传承',
    },
    Role: { VIEWER: '只读用户', PRODUCT_MANAGER: '产品经理', ADMIN: '管理员' },
    InvestorRiskLevel: { C1: 'C1 · 保守型', C2: 'C2 · 稳健型', C3: 'C3 · 平衡型', C4: 'C4 · 成长型', C5: 'C5 · 进取型' },
    ConsentKind: { MARKETING_SMS: '短信营销', MARKETING_APP_PUSH: 'App 推送营销', MARKETING_WECHAT: '微信营销', DATA_SHARING: '向合作机构共享数据' },
    BehaviourType: { PAGE_VIEW: '浏览页面', SEARCH: '搜索', CONSULTATION: '咨询', CALCULATOR_USE: '使用计算器', TRANSACTION: '交易', OTHER: '其他' },
    ApiScope: { CATALOG_READ: '读取产品目录', CUSTOMERS_READ: '读取已授权客户', RECOMMENDATIONS_READ: '读取推荐', REFERRALS_WRITE: '提交转介', FULFILMENT_WRITE: '履约服务订单' },
    ReferralStatus: { NEW: '新转介', CONTACTED: '已联系', CONVERTED: '已转化', CLOSED: '已关闭' },
    FulfilmentStatus: { PENDING: '待处理', ACCEPTED: '已接单', IN_PROGRESS: '服务中', DONE: '已完成', REJECTED: '已拒绝' },
    AuditAction: { CREATE: '新建', UPDATE: '修改', DELETE: '删除', REVEAL: '查看个人信息' },
  },
  resources: {
    Product: {
      name: '产品',
      fields: {
        code: '产品代码', name: '名称（中文）', nameEn: '名称（英文）', type: '类型', riskLevel: '风险等级', status: '状态', currency: '币种',
        minInvestment: '起购金额', termDays: '期限（天）', expectedReturnMin: '预期收益下限（%）', expectedReturnMax: '预期收益上限（%）',
        saleStartsAt: '销售开始', saleEndsAt: '销售结束', issuerId: '发行机构', eligibleTierIds: '适用客户层级', componentIds: '组合成分',
        requiresQualifiedInvestor: '仅限合格投资者', coolingOffHours: '冷静期（小时）', targetRiskPreferences: '目标风险偏好',
        targetLifeStages: '目标人生阶段', targetOccupations: '目标职业', targetNeeds: '目标需求', description: '说明',
        version: '版本', updatedAt: '最后修改', q: '搜索', eligibleTierId: '适用层级',
      },
    },
    Tier: {
      name: '客户层级',
      fields: {
        code: '层级代码', name: '名称（中文）', nameEn: '名称（英文）', minAum: '资产下限（元）', maxAum: '资产上限（元）', responseSlaMinutes: '响应时限（分钟）',
        advisorModel: '服务模式', followUpIntervalDays: '回访周期（天）', description: '说明', entitlements: '权益',
        benefitId: '权益', annualQuota: '每年次数', exclusive: '专属', version: '版本',
      },
    },
    Benefit: {
      name: '权益',
      fields: { code: '权益代码', name: '名称（中文）', nameEn: '名称（英文）', category: '类别', description: '说明', providerId: '服务机构', status: '状态', q: '搜索', entitlements: '享有该权益的层级', tierId: '层级', annualQuota: '每年次数', exclusive: '专属' },
    },
    PartnerInstitution: {
      name: '合作机构',
      fields: {
        code: '机构代码', name: '名称（中文）', nameEn: '名称（英文）', kind: '机构类型', status: '状态', contactName: '联系人', contactEmail: '联系邮箱',
        contactPhone: '联系电话', website: '网站', q: '搜索',
      },
    },
    User: {
      name: '用户',
      fields: { email: '邮箱', displayName: '显示名称', role: '角色', password: '密码', q: '搜索', createdAt: '创建时间' },
    },
    Customer: {
      name: '客户',
      fields: {
        externalRef: '客户号', name: '姓名', phone: '手机号', idNumber: '证件号码', birthDate: '出生日期', occupation: '职业',
        lifeStage: '人生阶段', annualIncome: '年收入（元）', financialAssetsElsewhere: '他行资产（元）', aum: '在本行资产（元）',
        tierId: '客户层级', riskLevel: '风险等级', riskAssessedAt: '测评时间', riskAssessmentExpiresAt: '测评有效期至',
        professionalInvestor: '专业投资者', tierBelowFloorSince: '低于层级下限起始日', tierHistory: '层级变动记录', q: '搜索',
        consents: '授权', kind: '授权类型', partnerId: '合作机构', granted: '已授权', riskAssessments: '风险测评', score: '得分', level: '等级', assessedAt: '测评时间', expiresAt: '有效期至',
        fromTierId: '原层级', toTierId: '新层级', changedAt: '时间', basis: '依据（元）', reason: '原因',
      },
    },
    NeedRule: {
      name: '需求规则 |||| 需求规则',
      fields: { code: '代码', name: '名称（中文）', nameEn: '名称（英文）', eventType: '行为类型', topic: '主题', minEvents: '至少（次）', windowDays: '天数内', need: '需求', weight: '权重', active: '启用', q: '搜索' },
    },
    ScenarioPackage: {
      name: '场景套餐 |||| 场景套餐',
      fields: { code: '代码', name: '名称（中文）', nameEn: '名称（英文）', need: '需求', description: '说明', productIds: '产品', partnerIds: '合作机构服务', benefitIds: '权益', active: '启用' },
    },
    ApiClient: {
      name: '合作机构 API 密钥 |||| 合作机构 API 密钥',
      fields: { name: '名称', partnerId: '合作机构', keyPrefix: '密钥', scopes: '权限范围', pointsPerMinute: '每分钟点数', expiresAt: '到期', lastUsedAt: '最近使用', revokedAt: '已吊销', createdBy: '创建人' },
    },
    Referral: {
      name: '转介 |||| 转介',
      fields: { createdAt: '收到时间', partnerId: '来自机构', customerId: '客户', scenario: '场景', notes: '备注', status: '状态' },
    },
    FulfilmentOrder: {
      name: '服务订单 |||| 服务订单',
      fields: { createdAt: '创建时间', customerId: '客户', benefitId: '权益', partnerId: '服务机构', status: '状态', partnerNote: '机构备注', notes: '备注' },
    },
    SavedSegment: {
      name: '客群',
      fields: { name: '名称', tierId: '客户层级', riskLevel: '风险等级', lifeStage: '人生阶段', occupation: '职业', size: '客户数' },
    },
    AuditEvent: {
      name: '操作日志',
      fields: { occurredAt: '时间', actor: '操作人', action: '操作', entityType: '记录类型', entityId: '记录', changes: '变更' },
    },
  },
  tierwise: {
    customers: {
      assess: '录入风险测评', recordAssessment: '提交', forPrivateFunds: '用于私募基金（有效期最长 3 年）',
      assessed: '测评已记录：得分 %{score}，等级 %{level}', marketing: '营销授权', dataSharing: '向合作机构共享数据的授权',
      noSharing: '暂无数据共享授权。', shareWith: '记录向以下机构共享数据的授权…',
      maskedHelp: '当前为脱敏显示：输入新值即可替换，不改则保持原值', externalRefFixed: '机构客户号不可修改',
      reveal: '查看个人信息', coverage: '客户画像覆盖率', coverageHelp: '%{total} 位客户中 %{complete} 位画像完整（目标 90%）',
    },
    dashboard: {
      title: '产品目录概览', byStatus: '按状态统计产品', byType: '按类型统计产品', byRiskLevel: '按风险等级统计产品',
      tiers: '客户层级、服务标准与权益', recent: '最近变更', none: '暂无变更', unlimited: '不限次',
      perYear: '每年 %{count} 次', products: '个产品', noProducts: '还没有产品：请在“产品”中添加第一个。',
    },
    audit: { field: '字段', before: '修改前', after: '修改后', history: '变更历史', empty: '（空）' },
    conflict: {
      title: '该记录已被他人先行保存',
      body: '当前版本为 %{version}。您的修改仍保留在表单中：载入对方的版本（您的修改会保留在上面），核对后再次保存。',
      reload: '载入对方版本并保留我的修改',
      theyChanged: '对方修改了：%{fields}',
      reloaded: '已载入对方版本并保留您的修改，请核对后再次保存',
    },
    needs: { anyType: '任意类型', topicHelp: '与 App 上报一致的小写主题词，以“_”连接（如 mortgage_rate）', weightHelp: '1–100：该行为体现需求的强度' },
    insights: {
      title: '需求与推荐', needs: '当前需求', noNeeds: '尚未识别到需求：客户行为和访谈会体现出来。', source: '来源',
      evidence: '依据', until: '有效至', interview: '访谈', events: '%{smart_count} 条行为 |||| %{smart_count} 条行为', close: '关闭',
      recordInterview: '记录访谈需求', notes: '客户原话', recommended: '推荐产品',
      noRecommendations: '暂无可推荐产品：当前在售产品均不适合该客户（层级、风险等级或持仓）。', packages: '场景套餐',
      withheld: '套餐中 %{smart_count} 个产品不适合该客户 |||| 套餐中 %{smart_count} 个产品不适合该客户',
      acceptance: '推荐采纳率（目标 75%）', acceptanceHelp: '近 90 天展示的 %{shown} 条推荐中 %{accepted} 条被采纳',
    },
    apiClients: {
      active: '有效', expired: '已过期', revoked: '已吊销', revoke: '吊销', revokedNow: '密钥已吊销', expiryHelp: '最长自今日起一年',
      pointsHelp: '每次请求消耗点数（每个字段一点，列表按条数计），每分钟恢复',
      keyTitle: '新的 API 密钥', keyOnce: '请立即复制并安全地交给合作机构：密钥仅显示这一次（系统只保存其哈希）。',
      copy: '复制', done: '已复制',
    },
    orders: { notesHelp: '需要服务机构了解的信息（服务机构即该权益的提供方）' },
    retier: {
      none: '尚未运行重新定级。层级区间变更后会自动重新定级，也可随时手动运行。',
      start: '立即全部重新定级',
      progress: '已处理 %{processed} / %{total} 位客户（%{percent}%），%{changed} 位变更层级',
      status: { RUNNING: '正在重新定级', DONE: '上次重新定级已完成', FAILED: '重新定级失败', SUPERSEDED: '已被更新的定级运行取代' },
    },
    tiers: {
      ranges: '各层级资产区间的衔接',
      fits: '各层级覆盖了从 0 起的全部资产，没有空档也没有重叠。',
      maxHelp: '留空表示无上限（最高层级）',
      quotaHelp: '留空表示不限次',
      moves: '将变更层级的客户（按 90 天日均资产）',
      noMoves: '没有客户会变更层级。',
      from: '原层级', to: '新层级', customers: '客户数',
      moveNeighbours: '同时调整相邻层级',
      moveNeighboursHelp: '保持区间连续：下一级在本层级起点处结束，上一级从本层级终点处开始。',
      thisTier: '本层级',
      unbounded: '及以上',
      gap: '空档：资产 %{from} 至 %{to} 将不属于任何层级（%{where}）',
      overlap: '重叠：资产 %{from} 至 %{to} 将同时属于 %{tiers}',
      noTiers: '至少需要保留一个层级',
      badRange: '资产上限必须高于下限',
      between: '位于 %{tiers} 之间',
      containsTier: '新区间会完全覆盖 %{tier}：请先修改或删除该层级',
    },
    products: {
      identity: '基本信息', terms: '金额、收益与销售期', distribution: '发行机构、适用层级与组合', compliance: '适当性与冷静期', targeting: '适合人群',
      activate: '上架', suspend: '暂停', retire: '下架', statusChanged: '已修改 %{smart_count} 个产品',
    },
    validation: {
      decimal: '请输入最多两位小数的金额',
      code: '只能使用大写字母、数字、“-”和“_”（例如 WM-FLEX-001）',
      saleWindow: '销售结束时间必须晚于开始时间',
      returnRange: '预期收益上限不能低于下限',
      bundleSize: '组合产品至少包含两个成分产品',
      componentsNotBundle: '只有“组合产品”类型可以包含成分产品',
      privateFundQualified: '私募基金只能销售给合格投资者',
      privateFundCoolingOff: '私募基金的冷静期不少于 24 小时',
      privateFundMinimum: '私募基金每位投资者起投不低于 100 万元',
      activeWithoutTiers: '在售产品至少要有一个适用客户层级',
      password: '至少 10 个字符',
      topic: '小写字母、数字和“_”，以字母开头',
      phone: '请输入电话号码（数字、空格、+、-）',
      idNumber: '请输入 18 位身份证号或护照号',
    },
    empty: {
      NeedRule: '还没有需求规则：例如新增“30 天内查询 3 次房贷利率 → 购房需求”。',
      ScenarioPackage: '还没有场景套餐：为购房、留学或养老组合产品、合作机构服务和权益。',
      ApiClient: '还没有合作机构 API 密钥：为合作机构创建一个。',
      Referral: '还没有转介：合作机构通过合作机构 API 提交。',
      FulfilmentOrder: '还没有服务订单。',
      SavedSegment: '还没有保存的客群：可按层级、风险等级、人生阶段与职业组合命名。',
      Customer: '还没有客户：客户数据由机构系统通过接口（upsertCustomers）导入，也可在此新增。',
      Product: '还没有产品。请添加产品目录中的第一个产品。',
      Tier: '还没有客户层级。',
      Benefit: '还没有权益。可以添加积分兑换、费用减免、贵宾厅等。',
      PartnerInstitution: '还没有合作机构。请添加合作的基金公司、保险公司与服务机构。',
      User: '还没有用户。',
      AuditEvent: '还没有任何变更：产品目录的每一次修改都会记录在这里。',
      filtered: '没有符合筛选条件的记录。',
      clear: '清除筛选',
    },
    language: '语言',
  },
};
